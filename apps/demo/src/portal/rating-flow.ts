import { h } from '../shell/dom.js';

/**
 * The portal's rating box, wired the way a webmaster would: when the tracker shows a finished dossier not yet rated
 * (`hcc-dossier-load` with `canRate`), a `<hcc-satisfaction-survey>` for that dossier appears in the box. It comes
 * before the page-feedback survey in the page, so the tracker's own "Rate" invitation hands the verifier to it too.
 */
export function wireRatingFlow(tracker: HTMLElement, slot: HTMLElement, hint: HTMLElement, apiBase: string): void {
  tracker.addEventListener('hcc-dossier-load', (event) => {
    const { code, canRate } = event.detail;
    const current = slot.querySelector('hcc-satisfaction-survey');
    if (!canRate) return;
    if (current?.getAttribute('dossier') === code) return;
    hint.hidden = true;
    slot.replaceChildren(h('hcc-satisfaction-survey', { 'api-base': apiBase, dossier: code }));
  });
}
