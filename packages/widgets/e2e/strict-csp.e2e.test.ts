import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAndOpenProcedure, rateDossier, trackDossier } from './support/flows.js';
import { readProbe } from './support/page-probe.js';
import { type OpenedPage, type ProofSession, startProofSession } from './support/proof-session.js';
import { strictContentSecurityPolicy } from './support/test-server.js';

describe(`under a strict Content-Security-Policy (${strictContentSecurityPolicy})`, () => {
  let session: ProofSession;
  let opened: OpenedPage;

  beforeAll(async () => {
    session = await startProofSession();
    opened = await session.open('/strict/hostile.html');
  });

  afterAll(async () => {
    await session?.close();
  });

  it('serves the page with the policy', async () => {
    const response = await fetch(`${session.origin}/strict/hostile.html`);
    expect(response.headers.get('content-security-policy')).toBe(strictContentSecurityPolicy);
  });

  it('finds a procedure and opens its detail', async () => {
    expect(await findAndOpenProcedure(opened.page)).toMatch(/khai sinh/i);
  });

  it('tracks a fixture dossier', async () => {
    await trackDossier(opened.page, session.tracked);
    const { events } = await readProbe(opened.page);
    expect(events.filter((event) => event.type === 'hcc-dossier-load')).toHaveLength(1);
  });

  it('submits a rating', async () => {
    await rateDossier(opened.page, session.rated);
    expect(session.mock.db.ratings.get(session.rated.code)?.overall).toBe('very-satisfied');
  });

  it('has triggered no CSP violation and logged no error', async () => {
    const { violations } = await readProbe(opened.page);
    expect(violations).toEqual([]);
    expect(opened.errors).toEqual([]);
  });

  it('does report a violation when something breaks the policy (the probe works)', async () => {
    await opened.page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { outline: 1px solid red; }';
      document.head.append(style);
    });
    await expect
      .poll(async () => (await readProbe(opened.page)).violations.map((violation) => violation.directive))
      .toContain('style-src-elem');
  });
});
