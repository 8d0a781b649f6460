import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classicScript, includeScript, keepsRegistrations, litMarkers, readScriptShape } from './support/cdn-file.js';
import { requestCounts, widgetModule } from './support/cdn-files.js';
import { addedGlobals, widgetTags } from './support/page-probe.js';
import { type OpenedPage, type ProofSession, startProofSession } from './support/proof-session.js';

describe('the CDN loader (dist/cdn/hcc-widgets.js), the one script tag of the embed', () => {
  let session: ProofSession;
  let clean: OpenedPage;

  beforeAll(async () => {
    session = await startProofSession();
    clean = await session.open('/clean.html');
  });

  afterAll(async () => {
    await session?.close();
  });

  it('is a classic script: one IIFE, no import statement, two dynamic import()s (a module, its chunks), ASCII only', async () => {
    expect(await readScriptShape('hcc-widgets.js')).toEqual({ ...classicScript, dynamicImports: 2 });
  });

  it('defines all three widgets, loading their modules from its own folder', async () => {
    const defined = await clean.page.evaluate(
      (tags) => tags.map((tag) => customElements.get(tag) !== undefined),
      [...widgetTags],
    );
    expect(defined).toEqual([true, true, true]);
    const urls = clean.scripts.urls();
    expect(urls.filter((url) => !url.startsWith(`${session.origin}/cdn/`))).toEqual([]);
    for (const tag of widgetTags) expect(urls).toContain(`${session.origin}/cdn/${widgetModule(tag)}`);
  });

  it('adds no global besides the elements, apart from Lit’s shared version markers', async () => {
    const added = await addedGlobals(clean.page);
    expect(added.filter((name) => !litMarkers.includes(name))).toEqual([]);
  });

  it('included again, requests no module a second time and keeps the first registrations', async () => {
    const before = clean.scripts.urls().length;
    const kept = await keepsRegistrations(clean.page, widgetTags, () =>
      includeScript(clean.page, '/cdn/hcc-widgets.js'),
    );
    expect(kept).toEqual([true, true, true]);
    // A widget added after the second copy ran: still defined by the first load, nothing new is fetched.
    await clean.page.evaluate(() => {
      const tracker = document.createElement('hcc-dossier-tracker');
      tracker.setAttribute('api-base', '/api/v1');
      document.body.append(tracker);
    });
    expect(clean.scripts.urls().slice(before)).toEqual([`${session.origin}/cdn/hcc-widgets.js`]);
    expect(Object.values(requestCounts(clean.scripts.urls())).filter((count) => count > 1)).toEqual([2]);
    expect(clean.errors).toEqual([]);
  });

  it('lives beside the one-file bundle: the first registrations stay', async () => {
    const kept = await keepsRegistrations(clean.page, widgetTags, () =>
      includeScript(clean.page, '/cdn/hcc-widgets.bundle.js'),
    );
    expect(kept).toEqual([true, true, true]);
    expect(clean.errors).toEqual([]);
  });

  it('searches in the page with mode="client": the search engine arrives from the same folder only then', async () => {
    const before = clean.scripts.urls().length;
    await clean.page.evaluate(() => {
      const finder = document.createElement('hcc-procedure-finder');
      finder.setAttribute('api-base', '/api/v1');
      finder.setAttribute('mode', 'client');
      finder.id = 'client-mode';
      document.body.append(finder);
    });
    const finder = clean.page.locator('#client-mode');
    const search = finder.getByRole('searchbox', { name: 'Tìm thủ tục' });
    await search.fill('dang ky khai sinh');
    await search.press('Enter');
    const first = finder.locator('[part~="result"]').first();
    await first.getByRole('button', { name: /khai sinh/i }).waitFor();
    expect(await first.textContent()).toMatch(/Thủ tục đăng ký khai sinh/);
    const fetched = clean.scripts.urls().slice(before);
    expect(fetched.length).toBeGreaterThan(0);
    expect(fetched.every((url) => url.startsWith(`${session.origin}/cdn/hcc-chunk-`))).toBe(true);
    expect(clean.errors).toEqual([]);
  });
});
