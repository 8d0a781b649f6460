import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { litMarkers } from './support/cdn-file.js';
import { requestCounts, widgetModule } from './support/cdn-files.js';
import { findAndOpenProcedure, rateDossier, trackDossier } from './support/flows.js';
import { addedGlobals, readProbe, type WidgetTag, waitForWidgets, widgetTags } from './support/page-probe.js';
import { type ProofSession, startProofSession } from './support/proof-session.js';

/** Each page that shows one widget, with the flow a citizen follows in it and the event that flow ends with. */
const pages: ReadonlyArray<{
  tag: WidgetTag;
  path: string;
  flow: (session: ProofSession, page: Page) => Promise<unknown>;
  event: string;
}> = [
  {
    tag: 'hcc-procedure-finder',
    path: '/finder-only.html',
    flow: (_session, page) => findAndOpenProcedure(page),
    event: 'hcc-procedure-select',
  },
  {
    tag: 'hcc-dossier-tracker',
    path: '/tracker-only.html',
    flow: (session, page) => trackDossier(page, session.tracked),
    event: 'hcc-dossier-load',
  },
  {
    tag: 'hcc-satisfaction-survey',
    path: '/survey-only.html',
    flow: (session, page) => rateDossier(page, session.rated),
    event: 'hcc-rating-submit',
  },
];

describe.each(pages)('the loader on a page with only <$tag>', ({ tag, path, flow, event }) => {
  let session: ProofSession;

  beforeAll(async () => {
    session = await startProofSession();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('defines that widget only, loads no other widget’s module, and the widget does its job', async () => {
    const { page, errors, scripts } = await session.open(path, { widgets: [tag] });
    const defined = await page.evaluate((tags) => tags.filter((name) => customElements.get(name)), [...widgetTags]);
    expect(defined).toEqual([tag]);
    const others = widgetTags.filter((other) => other !== tag).map(widgetModule);
    const names = scripts.urls().map((url) => new URL(url).pathname.split('/').pop());
    expect(names).toContain(widgetModule(tag));
    expect(names.filter((name) => others.includes(name ?? ''))).toEqual([]);
    expect((await addedGlobals(page)).filter((name) => !litMarkers.includes(name))).toEqual([]);

    await flow(session, page);
    expect((await readProbe(page)).events.map((caught) => caught.type)).toContain(event);
    expect(errors).toEqual([]);
  });

  it('asks for the module’s chunks at once, without waiting for the module to arrive', async () => {
    const chunksAsked: string[] = [];
    let askedWhileModuleHeld = 0;
    const { errors } = await session.open(path, {
      widgets: [tag],
      beforeLoad: async (context) => {
        let chunkAsked: () => void = () => undefined;
        const firstChunk = new Promise<void>((resolve) => {
          chunkAsked = resolve;
        });
        await context.route('**/cdn/hcc-chunk-*.js', (route) => {
          chunksAsked.push(route.request().url());
          chunkAsked();
          return route.continue();
        });
        // The module is held until a chunk is asked for: only the loader can ask then. A loader that waited for the
        // module would leave it held; after 10 s it goes through, so the test fails below rather than hangs.
        await context.route(`**/cdn/${widgetModule(tag)}`, async (route) => {
          await Promise.race([firstChunk, new Promise((resolve) => setTimeout(resolve, 10_000))]);
          askedWhileModuleHeld = chunksAsked.length;
          await route.continue();
        });
      },
    });
    expect(askedWhileModuleHeld).toBeGreaterThan(0);
    expect(chunksAsked.every((url) => url.startsWith(`${session.origin}/cdn/hcc-chunk-`))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('loads the other widgets when the page adds them later, each module once', async () => {
    const { page, errors, scripts } = await session.open(path, { widgets: [tag] });
    await page.evaluate(
      ([inBlock, alone]) => {
        // One arrives inside a block of the CMS, added whole; the other on its own, into that block once it is there.
        const block = document.createElement('div');
        block.innerHTML = `<section><${inBlock} api-base="/api/v1"></${inBlock}></section>`;
        document.querySelector('main')?.append(block);
        const element = document.createElement(alone ?? '');
        element.setAttribute('api-base', '/api/v1');
        block.append(element);
      },
      widgetTags.filter((other) => other !== tag),
    );
    await waitForWidgets(page);
    const counts = requestCounts(scripts.urls());
    expect(widgetTags.map((name) => counts[`${session.origin}/cdn/${widgetModule(name)}`])).toEqual([1, 1, 1]);
    expect(Object.values(counts).every((count) => count === 1)).toBe(true);
    expect(errors).toEqual([]);
  });
});
