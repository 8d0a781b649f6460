import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classicScript, includeScript, keepsRegistrations, litMarkers, readScriptShape } from './support/cdn-file.js';
import { findAndOpenProcedure, rateDossier, trackDossier } from './support/flows.js';
import { addedGlobals, readProbe, widgetTags } from './support/page-probe.js';
import { type OpenedPage, type ProofSession, startProofSession } from './support/proof-session.js';

describe('the one-file bundle (dist/cdn/hcc-widgets.bundle.js), for hosts that serve one file only', () => {
  let session: ProofSession;
  let opened: OpenedPage;

  beforeAll(async () => {
    session = await startProofSession();
    opened = await session.open('/clean.html', { query: { cdn: 'hcc-widgets.bundle' } });
  });

  afterAll(async () => {
    await session?.close();
  });

  it('is a classic script: one IIFE (then the licences of Lit), no import of any kind, ASCII only', async () => {
    expect(await readScriptShape('hcc-widgets.bundle.js')).toEqual(classicScript);
  });

  it('defines all three widgets and adds no global besides Lit’s shared markers', async () => {
    const defined = await opened.page.evaluate(
      (tags) => tags.filter((tag) => customElements.get(tag)),
      [...widgetTags],
    );
    expect(defined).toEqual([...widgetTags]);
    expect((await addedGlobals(opened.page)).filter((name) => !litMarkers.includes(name))).toEqual([]);
  });

  it('lets a citizen find a procedure, track a dossier and rate it', async () => {
    expect(await findAndOpenProcedure(opened.page)).toMatch(/khai sinh/i);
    await trackDossier(opened.page, session.tracked);
    await rateDossier(opened.page, session.rated);
    const types = (await readProbe(opened.page)).events.map((event) => event.type);
    expect(types).toEqual(expect.arrayContaining(['hcc-procedure-select', 'hcc-dossier-load', 'hcc-rating-submit']));
    expect(session.mock.db.ratings.get(session.rated.code)?.overall).toBe('very-satisfied');
  });

  it('searches in the page with mode="client" with nothing more to download', async () => {
    await opened.page.evaluate(() => {
      const finder = document.createElement('hcc-procedure-finder');
      finder.setAttribute('api-base', '/api/v1');
      finder.setAttribute('mode', 'client');
      finder.id = 'client-mode';
      document.body.append(finder);
    });
    const finder = opened.page.locator('#client-mode');
    const search = finder.getByRole('searchbox', { name: 'Tìm thủ tục' });
    await search.fill('dang ky khai sinh');
    await search.press('Enter');
    await finder
      .locator('[part~="result"]')
      .first()
      .getByRole('button', { name: /khai sinh/i })
      .waitFor();
    expect(opened.scripts.urls()).toEqual([`${session.origin}/cdn/hcc-widgets.bundle.js`]);
  });

  it('included again, or with the loader, keeps the first registrations and loads no module', async () => {
    const kept = await keepsRegistrations(opened.page, widgetTags, async () => {
      await includeScript(opened.page, '/cdn/hcc-widgets.bundle.js');
      await includeScript(opened.page, '/cdn/hcc-widgets.js');
    });
    expect(kept).toEqual([true, true, true]);
    expect(opened.scripts.urls().filter((url) => url.includes('.module.js') || url.includes('hcc-chunk-'))).toEqual([]);
    expect(opened.errors).toEqual([]);
  });
});
