/**
 * Takes `docs/procedure-finder.png`: serves a page with the finder and the mock API through Vite, opens it in
 * Debian Chromium through playwright-core and captures the widget showing results. Run from packages/widgets:
 *   node test/procedure-finder/screenshot/take.mjs
 */
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const output = fileURLToPath(new URL('../../../docs/procedure-finder.png', import.meta.url));
const pagePath = '/__finder-screenshot.html';
const html = `<!doctype html>
<html lang="vi">
  <head><meta charset="utf-8" /><title>hcc-procedure-finder</title></head>
  <body>
    <main id="frame"><hcc-procedure-finder api-base="/api/v1" page-size="5"></hcc-procedure-finder></main>
    <script type="module" src="/test/procedure-finder/screenshot/page.ts"></script>
  </body>
</html>`;

const server = await createServer({
  root,
  configFile: fileURLToPath(new URL('vitest.config.ts', `file://${root}`)),
  logLevel: 'error',
  server: { host: '127.0.0.1', port: 0, strictPort: false },
  plugins: [
    {
      name: 'finder-screenshot-page',
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
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 5173}`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
  ],
});
try {
  const context = await browser.newContext({ viewport: { width: 960, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(`${origin}${pagePath}`);
  // Playwright's CSS locators pierce open shadow roots; wait for the search's own results, not the first listing.
  await page.locator('hcc-procedure-finder .results[aria-busy="false"] mark').first().waitFor({ timeout: 30_000 });
  await page.locator('hcc-procedure-finder').screenshot({ path: output });
  console.log(`Saved ${output}`);
} finally {
  await browser.close();
  await server.close();
}
