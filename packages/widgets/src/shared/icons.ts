import { type SVGTemplateResult, svg } from 'lit';

/**
 * Decorative icons (24×24, `currentColor`), hidden from assistive technology: the text next to them says it all.
 * Each is a pure call over a function (esbuild drops pure calls, but not tagged templates, when unused), so that a
 * bundle keeps only the icons its widget renders. Icons only one widget draws live with it (`finder-icons.ts`…), so the
 * code every widget shares does not carry them.
 */
export function icon(paths: () => SVGTemplateResult): SVGTemplateResult {
  return svg`<svg class="icon" width="1.25em" height="1.25em" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${paths()}</svg>`;
}

export const searchIcon = /* @__PURE__ */ icon(() => svg`<circle cx="11" cy="11" r="7"/><path d="m20 20-3.5-3.5"/>`);
export const alertIcon = /* @__PURE__ */ icon(() => svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v6m0 4h.01"/>`);
export const offlineIcon = /* @__PURE__ */ icon(
  () =>
    svg`<path d="M2 8.8a15 15 0 0 1 4.2-2.6M10 5.1A15 15 0 0 1 22 8.8M5 12.5a10 10 0 0 1 5.2-2.7M19 12.5a10 10 0 0 0-2.5-1.7M8.5 16a5 5 0 0 1 7 0M12 20h.01M3 3l18 18"/>`,
);
export const emptyIcon = /* @__PURE__ */ icon(
  () => svg`<circle cx="11" cy="11" r="7"/><path d="m20 20-3.5-3.5M8.5 11h5"/>`,
);
export const retryIcon = /* @__PURE__ */ icon(() => svg`<path d="M20 11a8 8 0 1 0-2.3 5.7M20 4v7h-7"/>`);
export const checkIcon = /* @__PURE__ */ icon(() => svg`<path d="m5 12 5 5 9-10"/>`);
