import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCdnServer, type CdnServer } from './support/cdn-server.js';
import { findAndOpenProcedure, rateDossier, trackDossier } from './support/flows.js';
import { readProbe, widgetTags } from './support/page-probe.js';
import { type ProofSession, startProofSession } from './support/proof-session.js';

describe('the loader served by a CDN on another origin', () => {
  let session: ProofSession;
  let cdn: CdnServer;

  beforeAll(async () => {
    session = await startProofSession();
    cdn = await startCdnServer();
  });

  afterAll(async () => {
    await session?.close();
    await cdn?.close();
  });

  it('loads every module from that origin when it sends CORS headers, and the widgets work', async () => {
    const { page, errors, scripts } = await session.open('/clean.html', { query: { cdnBase: cdn.folder } });
    const urls = scripts.urls();
    expect(urls.length).toBeGreaterThan(3);
    expect(urls.filter((url) => !url.startsWith(`${cdn.folder}/`))).toEqual([]);
    expect(await findAndOpenProcedure(page)).toMatch(/khai sinh/i);
    await trackDossier(page, session.tracked);
    await rateDossier(page, session.rated);
    expect(errors).toEqual([]);
  });

  it('also with a nonce and strict-dynamic', async () => {
    const { page, errors } = await session.open('/nonce/clean.html', { query: { cdnBase: cdn.folder } });
    const defined = await page.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), [...widgetTags]);
    expect(defined).toEqual([...widgetTags]);
    expect((await readProbe(page)).violations).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('hides the content the page put inside the tag once the widget is there', async () => {
    const { page } = await session.open('/tracker-only.html', {
      widgets: ['hcc-dossier-tracker'],
      query: { cdnBase: cdn.folder },
    });
    expect(await page.locator('hcc-dossier-tracker .fallback').isVisible()).toBe(false);
  });

  it('without CORS headers: says so in the console and with hcc-error, and the page’s own content stays', async () => {
    const { page, errors } = await session.open('/tracker-only.html', {
      widgets: [],
      query: { cdnBase: cdn.folderWithoutCors },
    });
    await expect
      .poll(async () => (await readProbe(page)).events.filter((event) => event.type === 'hcc-error'))
      .toHaveLength(1);
    const [failure] = (await readProbe(page)).events;
    expect(failure?.detail).toMatchObject({
      widget: 'hcc-dossier-tracker',
      kind: 'network',
      message: 'Không tải được tiện ích. Vui lòng tải lại trang.',
    });
    expect(errors.some((error) => error.includes(`could not load ${cdn.folderWithoutCors}/`))).toBe(true);
    expect(errors.some((error) => error.includes('Access-Control-Allow-Origin'))).toBe(true);
    expect(await page.evaluate(() => customElements.get('hcc-dossier-tracker'))).toBeUndefined();
    expect(await page.locator('hcc-dossier-tracker .fallback').isVisible()).toBe(true);
  });
});
