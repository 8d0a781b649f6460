import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledProcedures } from '@hcc/mock-server';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gotoDemo, launchChromium, openPage } from '../support/browser.js';
import { DEMO_CONFIG } from '../support/demo-server.js';
import { serveStatic } from '../support/static-server.js';

let outDir: string;
let server: Server;
let siteUrl: string;
let browser: Browser;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'hcc-demo-'));
  await build({ configFile: DEMO_CONFIG, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  // A sub-folder, as on a real web server: every URL in the site must be relative.
  ({ server, url: siteUrl } = await serveStatic(outDir, '/demo/'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

describe('the built demo (npm run build)', () => {
  it('is a static site of four pages with the mock’s service worker beside them', async () => {
    const files = await readdir(outDir);
    expect(files).toEqual(
      expect.arrayContaining(['index.html', 'configurator.html', 'dashboard.html', 'try.html', 'mockServiceWorker.js']),
    );
  });

  it('paints each page before loading the mock: the scripts the first paint waits for carry none of the catalogue', async () => {
    // The longest procedure name stands for the catalogue: it appears nowhere but in the mock's data.
    const marker = bundledProcedures.map((row) => row.name).reduce((a, b) => (b.length > a.length ? b : a));
    for (const page of ['index.html', 'configurator.html', 'dashboard.html', 'try.html']) {
      const html = await readFile(join(outDir, page), 'utf8');
      // The page's module and everything it imports statically (Vite lists those as modulepreload links).
      const scripts = [
        ...html.matchAll(/<(?:script type="module"[^>]*src|link rel="modulepreload"[^>]*href)="\.\/([^"]+)"/g),
      ];
      expect(scripts.length).toBeGreaterThan(0);
      let bytes = 0;
      for (const [, file] of scripts) {
        const code = await readFile(join(outDir, file as string), 'utf8');
        expect(code, `${page}: ${file}`).not.toContain(marker);
        bytes += Buffer.byteLength(code);
      }
      // A few small modules (the mock is 1.6 MB): the budget leaves room to grow, not to pull the mock in again.
      expect(bytes, page).toBeLessThan(64_000);
    }
  });

  it('works from a plain web server in a sub-folder: the portal finds procedures through the mock', async () => {
    const { context, page, errors } = await openPage(browser);
    await gotoDemo(page, siteUrl, 'index.html');
    const finder = page.locator('hcc-procedure-finder');
    await finder.getByLabel('Tìm thủ tục').fill('dang ky khai sinh');
    await finder
      .locator('[part="result"] button')
      .first()
      .filter({ hasText: /đăng ký khai sinh/i })
      .waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('tracks a sample dossier from the built try page', async () => {
    const { context, page, errors } = await openPage(browser);
    await gotoDemo(page, siteUrl, 'try.html');
    const code = await page.locator('.fixture-table tbody tr').first().getAttribute('data-code');
    await page.getByRole('button', { name: `Tra cứu hồ sơ ${code}` }).click();
    await page
      .locator('#try-tracker')
      .getByRole('heading', { name: `Hồ sơ ${code}` })
      .waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
