import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { classicScript, includeScript, keepsRegistrations, litMarkers, readScriptShape } from './support/cdn-file.js';
import { findAndOpenProcedure, rateDossier, trackDossier } from './support/flows.js';
import { addedGlobals, readProbe, type WidgetTag, waitForWidgets, widgetTags } from './support/page-probe.js';
import { type ProofSession, startProofSession } from './support/proof-session.js';

/** Each one-widget file with the flow a citizen follows in that widget, and the event that flow ends with. */
const files: ReadonlyArray<{
  tag: WidgetTag;
  flow: (session: ProofSession, page: Page) => Promise<unknown>;
  event: string;
}> = [
  { tag: 'hcc-procedure-finder', flow: (_session, page) => findAndOpenProcedure(page), event: 'hcc-procedure-select' },
  {
    tag: 'hcc-dossier-tracker',
    flow: (session, page) => trackDossier(page, session.tracked),
    event: 'hcc-dossier-load',
  },
  {
    tag: 'hcc-satisfaction-survey',
    flow: (session, page) => rateDossier(page, session.rated),
    event: 'hcc-rating-submit',
  },
];

describe.each(files)('the one-widget CDN file dist/cdn/$tag.js', ({ tag, flow, event }) => {
  let session: ProofSession;

  beforeAll(async () => {
    session = await startProofSession();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('is a classic script: one IIFE (then the licences of Lit), no import, no export', async () => {
    expect(await readScriptShape(`${tag}.js`)).toEqual(classicScript);
  });

  it('defines its widget only, adds no global of its own, and the widget does its job', async () => {
    const { page, errors } = await session.open('/clean.html', { widgets: [tag], query: { cdn: tag } });
    const defined = await page.evaluate((tags) => tags.filter((name) => customElements.get(name)), [...widgetTags]);
    expect(defined).toEqual([tag]);
    expect((await addedGlobals(page)).filter((name) => !litMarkers.includes(name))).toEqual([]);

    await flow(session, page);
    expect((await readProbe(page)).events.map((caught) => caught.type)).toContain(event);
    expect(errors).toEqual([]);
  });

  it('lives beside the all-in-one file: the first registration stays and the other two widgets arrive', async () => {
    const { page, errors } = await session.open('/clean.html', { widgets: [tag], query: { cdn: tag } });
    const kept = await keepsRegistrations(page, [tag], () => includeScript(page, '/cdn/hcc-widgets.js'));
    expect(kept).toEqual([true]);
    const defined = await page.evaluate((tags) => tags.filter((name) => customElements.get(name)), [...widgetTags]);
    expect(defined).toEqual([...widgetTags]);
    // The page's other two elements, empty until now, upgrade and render.
    await waitForWidgets(page);
    await flow(session, page);
    expect(errors).toEqual([]);
  });
});
