import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classicScript, includeScript, keepsRegistrations, litMarkers, readScriptShape } from './support/cdn-file.js';
import { addedGlobals, widgetTags } from './support/page-probe.js';
import { type OpenedPage, type ProofSession, startProofSession } from './support/proof-session.js';

describe('the one-file CDN embed (dist/cdn/hcc-widgets.js)', () => {
  let session: ProofSession;
  let clean: OpenedPage;

  beforeAll(async () => {
    session = await startProofSession();
    clean = await session.open('/clean.html');
  });

  afterAll(async () => {
    await session?.close();
  });

  it('is a classic script: one IIFE (then the licences of Lit), no import, no export', async () => {
    expect(await readScriptShape('hcc-widgets.js')).toEqual(classicScript);
  });

  it('defines all three widgets from a plain <script src>', async () => {
    const defined = await clean.page.evaluate(
      (tags) => tags.map((tag) => customElements.get(tag) !== undefined),
      [...widgetTags],
    );
    expect(defined).toEqual([true, true, true]);
  });

  it('adds no global besides the elements, apart from Lit’s shared version markers', async () => {
    const added = await addedGlobals(clean.page);
    expect(added.filter((name) => !litMarkers.includes(name))).toEqual([]);
  });

  it('keeps the first registration when included again, without errors', async () => {
    const kept = await keepsRegistrations(clean.page, widgetTags, () =>
      includeScript(clean.page, '/cdn/hcc-widgets.js'),
    );
    expect(kept).toEqual([true, true, true]);
    expect(clean.errors).toEqual([]);
  });

  it('searches in the page with mode="client": the search engine is inside the one file', async () => {
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
    expect(clean.errors).toEqual([]);
  });
});
