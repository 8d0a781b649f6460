import AxeBuilder from '@axe-core/playwright';
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAndOpenProcedure, rateDossier, trackDossier } from './support/flows.js';
import { differentBoxes, measureParts, type PartBox } from './support/layout.js';
import { requestCounts, widgetModule } from './support/cdn-files.js';
import { readProbe, type WidgetTag, widgetTags } from './support/page-probe.js';
import { type OpenedPage, type ProofSession, startProofSession } from './support/proof-session.js';

/** Layout boxes may differ by this much between the clean and the hostile page (sub-pixel rounding). */
const tolerancePx = 3;
const outputFolder = new URL('./.output/', import.meta.url);

/** Measures every widget's parts and saves its screenshot (in `e2e/.output/`, for people to compare). */
async function measureAndCapture(opened: OpenedPage, pageName: string): Promise<Record<WidgetTag, PartBox[]>> {
  const boxes = {} as Record<WidgetTag, PartBox[]>;
  for (const tag of widgetTags) {
    boxes[tag] = await measureParts(opened.page, tag);
    await opened.page.locator(tag).screenshot({ path: new URL(`${pageName}-${tag}.png`, outputFolder).pathname });
  }
  return boxes;
}

describe('on an old CMS page (Bootstrap 3, jQuery, global resets, an AMD define, a wrapped customElements.define, the loader twice)', () => {
  let session: ProofSession;
  let hostile: OpenedPage;
  /** The same flows on a plain page: the reference for layout. */
  let cleanBoxes: Record<WidgetTag, PartBox[]>;

  beforeAll(async () => {
    await mkdir(outputFolder, { recursive: true });
    session = await startProofSession();
    const clean = await session.open('/clean.html');
    await findAndOpenProcedure(clean.page);
    await trackDossier(clean.page, session.tracked);
    await rateDossier(clean.page, session.rated);
    cleanBoxes = await measureAndCapture(clean, 'clean');
    hostile = await session.open('/hostile.html');
  });

  afterAll(async () => {
    await session?.close();
  });

  it('is really hostile: a 10 px root font, content-box everywhere, red !important buttons', async () => {
    const host = await hostile.page.evaluate(() => {
      const button = document.querySelector('button.btn') as HTMLElement;
      return {
        rootFontSize: getComputedStyle(document.documentElement).fontSize,
        boxSizing: getComputedStyle(document.querySelector('hcc-dossier-tracker') as Element).boxSizing,
        buttonBackground: getComputedStyle(button).backgroundColor,
        amd: typeof (window as unknown as { define?: { amd?: unknown } }).define?.amd,
        jquery: typeof (window as unknown as { jQuery?: unknown }).jQuery,
        cdnScripts: document.querySelectorAll('script[src="/cdn/hcc-widgets.js"]').length,
      };
    });
    expect(host).toEqual({
      rootFontSize: '10px',
      boxSizing: 'content-box',
      buttonBackground: 'rgb(204, 0, 0)',
      amd: 'object',
      jquery: 'function',
      cdnScripts: 2,
    });
  });

  it('registers each widget once, through the page’s wrapped customElements.define, with no error', async () => {
    const registered = await hostile.page.evaluate(
      () => (window as unknown as { cmsDefinedElements?: string[] }).cmsDefinedElements ?? [],
    );
    expect([...registered].sort()).toEqual([...widgetTags].sort());
    expect(hostile.errors).toEqual([]);
  });

  it('loads each widget’s module once although the loader is included twice', async () => {
    const counts = requestCounts(hostile.scripts.urls());
    expect(widgetTags.map((tag) => counts[`${session.origin}/cdn/${widgetModule(tag)}`])).toEqual([1, 1, 1]);
    expect(counts[`${session.origin}/cdn/hcc-widgets.js`]).toBe(2);
  });

  it('finds "đăng ký khai sinh" typed without diacritics and opens its detail', async () => {
    expect(await findAndOpenProcedure(hostile.page)).toMatch(/khai sinh/i);
    const { events } = await readProbe(hostile.page);
    expect(events.filter((event) => event.type === 'hcc-procedure-select')).toHaveLength(1);
  });

  it('tracks the fixture dossier named in ?ma-ho-so= and fires hcc-dossier-load', async () => {
    await trackDossier(hostile.page, session.tracked);
    const { events } = await readProbe(hostile.page);
    const loaded = events.filter((event) => event.type === 'hcc-dossier-load');
    expect(loaded.map((event) => (event.detail as { code: string }).code)).toEqual([session.tracked.code]);
  });

  it('submits a rating that the API stores', async () => {
    await rateDossier(hostile.page, session.rated);
    expect(session.mock.db.ratings.get(session.rated.code)?.overall).toBe('very-satisfied');
    const { events } = await readProbe(hostile.page);
    expect(events.some((event) => event.type === 'hcc-rating-submit')).toBe(true);
  });

  it('lays out every part of the widgets as on a clean page, within 3 px', async () => {
    const hostileBoxes = await measureAndCapture(hostile, 'hostile');
    for (const tag of widgetTags) {
      expect(hostileBoxes[tag].length, `${tag}: parts measured`).toBeGreaterThan(3);
      expect(differentBoxes(cleanBoxes[tag], hostileBoxes[tag], tolerancePx), tag).toEqual([]);
    }
  });

  it('has no accessibility violation in the widgets (axe, WCAG 2.2 A and AA)', async () => {
    for (const tag of widgetTags) {
      const results = await new AxeBuilder({ page: hostile.page })
        .include(tag)
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      const violations = results.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`,
      );
      expect(violations, tag).toEqual([]);
    }
  });

  it('logs no error during the flows', () => {
    expect(hostile.errors).toEqual([]);
  });
});
