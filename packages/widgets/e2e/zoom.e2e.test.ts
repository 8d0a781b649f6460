import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAndOpenProcedure, rateDossier, trackDossier } from './support/flows.js';
import { horizontalOverflow } from './support/layout.js';
import { widgetTags } from './support/page-probe.js';
import { type OpenedPage, type ProofSession, startProofSession } from './support/proof-session.js';

/** 200 % zoom on a 360 px wide phone: 180 CSS pixels across, two device pixels each. */
const zoomed = { viewport: { width: 180, height: 640 }, deviceScaleFactor: 2 };

describe('at 200 % zoom on a 360 px wide screen, on the hostile page', () => {
  let session: ProofSession;
  let opened: OpenedPage;

  beforeAll(async () => {
    session = await startProofSession();
    opened = await session.open('/hostile.html', zoomed);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('really is 180 CSS pixels wide', async () => {
    expect(await opened.page.evaluate(() => document.documentElement.clientWidth)).toBeLessThanOrEqual(180);
  });

  it('scrolls no widget sideways before any use', async () => {
    for (const tag of widgetTags) expect(await horizontalOverflow(opened.page, tag), tag).toEqual([]);
  });

  it('finds a procedure and shows its detail without sideways scrolling', async () => {
    expect(await findAndOpenProcedure(opened.page)).toMatch(/khai sinh/i);
    expect(await horizontalOverflow(opened.page, 'hcc-procedure-finder')).toEqual([]);
  });

  it('tracks a dossier and shows its timeline without sideways scrolling', async () => {
    await trackDossier(opened.page, session.tracked);
    expect(await horizontalOverflow(opened.page, 'hcc-dossier-tracker')).toEqual([]);
  });

  it('submits a rating without sideways scrolling', async () => {
    await rateDossier(opened.page, session.rated);
    expect(await horizontalOverflow(opened.page, 'hcc-satisfaction-survey')).toEqual([]);
  });

  it('stays free of axe violations (reflow, target size)', async () => {
    for (const tag of widgetTags) {
      const results = await new AxeBuilder({ page: opened.page })
        .include(tag)
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        results.violations.map((violation) => violation.id),
        tag,
      ).toEqual([]);
    }
  });
});
