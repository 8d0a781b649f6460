/**
 * Retakes the README screenshots in `docs/`: serves one page with the three widgets against the mock API (Vite, with
 * MSW's worker from test/public), opens it in Debian Chromium at a typical content width and captures each widget.
 * Run from packages/widgets: `npm run screenshots`.
 */
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { chromiumLaunchOptions } from '../../../tools/chromium.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const docs = (name) => fileURLToPath(new URL(`../docs/${name}.png`, import.meta.url));

/** A government site's content column (the widgets get 768 px of it); one CSS pixel per image pixel. */
const viewport = { width: 800, height: 900 };
const pagePath = '/__screenshots.html';
const pageModule = '/@screenshots/page.js';

const html = `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="utf-8" />
    <title>@hcc/widgets screenshots</title>
    <style>body { margin: 0 } .shot { padding: 16px }</style>
  </head>
  <body>
    <main>
      <div class="shot" id="procedure-finder">
        <hcc-procedure-finder api-base="/api/v1" page-size="5"></hcc-procedure-finder>
      </div>
      <div class="shot" id="dossier-tracker"><hcc-dossier-tracker api-base="/api/v1"></hcc-dossier-tracker></div>
      <div class="shot" id="satisfaction-survey">
        <hcc-satisfaction-survey api-base="/api/v1"></hcc-satisfaction-survey>
      </div>
    </main>
    <script type="module" src="${pageModule}"></script>
  </body>
</html>`;

/**
 * The page's script: the mock API in a service worker, then each widget given what it shows best — the finder
 * searching as a citizen types it, the tracker on the demo dossier waiting for a supplement (status, paused clock,
 * what was requested, the timeline), the survey on a finished dossier nobody has rated.
 */
const pageScript = `
import { startBrowserMock } from '@hcc/mock-server/browser';
import '/src/procedure-finder.ts';
import '/src/dossier-tracker.ts';
import '/src/satisfaction-survey.ts';

const mock = await startBrowserMock({ readPageUrl: false });
const fixture = (status, trait) => {
  const found = mock.db.fixtures.find((entry) => entry.status === status && entry.traits.includes(trait));
  if (!found) throw new Error('No demo dossier with status ' + status + ' and ' + trait);
  return found;
};

const finder = document.querySelector('hcc-procedure-finder');
await finder.updateComplete;
finder.searchFor('dang ky khai sinh');

const waiting = fixture(5, 'paused');
const tracker = document.querySelector('hcc-dossier-tracker');
tracker.setAttribute('code', waiting.code);
tracker.setAttribute('verifier', waiting.verifier);

document.querySelector('hcc-satisfaction-survey').setAttribute('dossier', fixture(10, 'on-time').code);
`;

const server = await createServer({
  root,
  // The tests' config: workspace aliases to the sources, and test/public for MSW's worker.
  configFile: fileURLToPath(new URL('../vitest.config.ts', import.meta.url)),
  logLevel: 'error',
  server: { host: '127.0.0.1', port: 0, strictPort: false },
  plugins: [
    {
      name: 'screenshots-page',
      resolveId: (id) => (id === pageModule ? pageModule : undefined),
      load: (id) => (id === pageModule ? pageScript : undefined),
      configureServer(vite) {
        vite.middlewares.use(async (request, response, next) => {
          if (request.url !== pagePath) return next();
          response.setHeader('content-type', 'text/html; charset=utf-8');
          response.end(await vite.transformIndexHtml(pagePath, html));
        });
      },
    },
  ],
});
await server.listen();
const address = server.httpServer?.address();
if (!address || typeof address !== 'object') throw new Error('Vite did not start listening');

const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${address.port}${pagePath}`);
  // Playwright's CSS locators pierce open shadow roots.
  const finder = page.locator('hcc-procedure-finder');
  const tracker = page.locator('hcc-dossier-tracker');
  const survey = page.locator('hcc-satisfaction-survey');

  // The search's own results (with matched words), not the first listing.
  await finder.locator('.results[aria-busy="false"] mark').first().waitFor({ timeout: 30_000 });
  await capture(page, 'procedure-finder');

  await tracker.locator('.result').waitFor({ timeout: 30_000 });
  await capture(page, 'dossier-tracker');

  // Partly filled in, as a citizen would leave it just before sending.
  await survey.locator('form').waitFor({ timeout: 30_000 });
  // Nothing is sent, so any four digits do.
  await survey.locator('#verifier').fill('8086');
  for (const [field, value] of [
    ['overall', 'satisfied'],
    ['access', 'good'],
    ['procedure', 'fair'],
    ['staff', 'good'],
  ]) {
    await survey.locator(`#field-${field} input[value="${value}"]`).check();
  }
  await survey.locator('#comment').fill('Cán bộ hướng dẫn tận tình, trả kết quả đúng hạn.');
  await survey.locator('#comment').blur();
  await capture(page, 'satisfaction-survey');
} finally {
  await browser.close();
  await server.close();
}

/** Saves one widget with a margin around it (its own box would cut off focus rings and shadows) as `docs/NAME.png`. */
async function capture(page, name) {
  await page.locator(`#${name}`).screenshot({ path: docs(name) });
  console.log(`Saved ${docs(name)}`);
}
