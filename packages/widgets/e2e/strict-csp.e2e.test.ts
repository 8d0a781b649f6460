import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAndOpenProcedure, rateDossier, trackDossier } from './support/flows.js';
import { widgetModule } from './support/cdn-files.js';
import { readProbe, widgetTags } from './support/page-probe.js';
import { type OpenedPage, type ProofSession, startProofSession } from './support/proof-session.js';
import { nonceContentSecurityPolicy, strictContentSecurityPolicy } from './support/test-server.js';

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

describe(`with a nonce and 'strict-dynamic' (${nonceContentSecurityPolicy('NONCE')})`, () => {
  let session: ProofSession;
  let opened: OpenedPage;

  beforeAll(async () => {
    session = await startProofSession();
    opened = await session.open('/nonce/clean.html');
  });

  afterAll(async () => {
    await session?.close();
  });

  it('serves each page with a fresh nonce, in the policy and on the loader’s script tag only', async () => {
    const nonces: string[] = [];
    for (let round = 0; round < 2; round += 1) {
      const response = await fetch(`${session.origin}/nonce/clean.html?cdn=hcc-widgets&cdnBase=/cdn`);
      const nonce = /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1] ?? '';
      expect(response.headers.get('content-security-policy')).toBe(nonceContentSecurityPolicy(nonce));
      expect(await response.text()).toContain(`<script src="/cdn/hcc-widgets.js" nonce="${nonce}"></script>`);
      nonces.push(nonce);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it('loads the widgets’ modules, which the loader’s nonce vouches for, and they work', async () => {
    for (const tag of widgetTags) expect(opened.scripts.urls()).toContain(`${session.origin}/cdn/${widgetModule(tag)}`);
    expect(await findAndOpenProcedure(opened.page)).toMatch(/khai sinh/i);
    await trackDossier(opened.page, session.tracked);
    await rateDossier(opened.page, session.rated);
    expect(session.mock.db.ratings.get(session.rated.code)?.overall).toBe('very-satisfied');
  });

  it('has triggered no CSP violation and logged no error', async () => {
    const { violations } = await readProbe(opened.page);
    expect(violations).toEqual([]);
    expect(opened.errors).toEqual([]);
  });

  it('does block a loader without the nonce (the policy bites: same-origin is not enough)', async () => {
    const hostile = await session.open('/nonce/hostile.html', { widgets: [] });
    await expect
      .poll(async () => (await readProbe(hostile.page)).violations.map((violation) => violation.blockedUri))
      .toContain(`${session.origin}/cdn/hcc-widgets.js`);
    expect(
      await hostile.page.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), [...widgetTags]),
    ).toEqual([]);
  });
});
