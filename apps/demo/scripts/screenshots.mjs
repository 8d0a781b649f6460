// Takes the README's screenshots of the demo with Debian's Chromium: `npm run screenshots -w demo`.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { chromiumLaunchOptions } from '../../../tools/chromium.mjs';

process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
const docs = fileURLToPath(new URL('../docs/', import.meta.url));
const server = await createServer({
  configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
  logLevel: 'error',
  server: { host: '127.0.0.1', port: 0, hmr: false },
});
await server.listen();
const base = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';
const browser = await chromium.launch(chromiumLaunchOptions);

/** Opens a page in a fresh context, lets `act` bring it to the state to show, and saves the screenshot. */
async function shoot(name, path, act = async () => {}, { width = 1280, height = 1000, fullPage = false } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(new URL(path, base).href);
  await page.locator('html[data-demo-ready]').waitFor({ state: 'attached' });
  await act(page);
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${docs}${name}.png`, fullPage });
  await context.close();
  console.log(`docs/${name}.png`);
}

try {
  await mkdir(docs, { recursive: true });
  await shoot('portal', 'index.html', async (page) => {
    await page.locator('hcc-procedure-finder [part="result"]').first().waitFor();
  });
  await shoot('portal-search', 'index.html', async (page) => {
    const finder = page.locator('hcc-procedure-finder');
    await finder.getByLabel('Tìm thủ tục').fill('dang ky khai sinh');
    await finder
      .locator('[part="result"] button')
      .first()
      .filter({ hasText: /đăng ký khai sinh/i })
      .click();
    await finder.getByRole('heading', { name: 'Thành phần hồ sơ' }).waitFor();
    await page.locator('#thu-tuc').scrollIntoViewIfNeeded();
  });
  await shoot('try-track', 'try.html', async (page) => {
    const row = page.locator('.fixture-table tbody tr[data-status="5"]').first();
    await row.getByRole('button').first().click();
    await page.locator('#try-tracker [part~="status"]').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
  });
  await shoot('try-rate', 'try.html', async (page) => {
    const row = page.locator('.fixture-table tbody tr[data-status="10"]').first();
    await row.getByRole('button', { name: /Đánh giá/ }).click();
    await page.locator('#try-rating hcc-satisfaction-survey').getByRole('radio').first().waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
  });
  await shoot('configurator', 'configurator.html', async (page) => {
    await page.waitForFunction(() => document.querySelector('#attr-agency').options.length > 1);
    await page.locator('#attr-agency').selectOption('phuong-kinh-bac');
    await page.locator('#token-primary').fill('#a31515');
    await page.locator('#token-radius').fill('12');
    await page.locator('#preview hcc-procedure-finder [part="result"]').first().waitFor();
    await page.locator('#token-radius').blur();
    await page.evaluate(() => window.scrollTo(0, 0));
  });
  await shoot('dashboard', 'dashboard.html', async () => {}, { height: 1400 });
  await shoot('portal-english', 'index.html?lang=en', async (page) => {
    await page.getByRole('heading', { name: 'Find an administrative procedure' }).waitFor();
  });
  // A 360 px phone: the procedure's detail, the dashboard and the try page, as a citizen and a leader see them.
  const phone = { width: 360, height: 760 };
  await shoot(
    'phone-detail',
    'index.html',
    async (page) => {
      const finder = page.locator('hcc-procedure-finder');
      await finder.getByLabel('Tìm thủ tục').fill('dang ky khai sinh');
      await finder
        .locator('[part="result"] button')
        .first()
        .filter({ hasText: /đăng ký khai sinh/i })
        .click();
      await finder.getByRole('heading', { name: 'Thành phần hồ sơ' }).waitFor();
      await page.locator('#thu-tuc').evaluate((section) => section.scrollIntoView({ block: 'start' }));
    },
    { ...phone, height: 1600 },
  );
  await shoot('phone-dashboard', 'dashboard.html', async (page) => page.locator('#chart-month').waitFor(), {
    ...phone,
    height: 2400,
  });
  await shoot(
    'phone-try',
    'try.html',
    async (page) => {
      const row = page.locator('.fixture-table tbody tr[data-status="10"]').first();
      await row.getByRole('button', { name: /Đánh giá/ }).click();
      await page.locator('#try-rate-title').waitFor();
      await page.waitForTimeout(600);
    },
    { ...phone, height: 1600 },
  );
  await shoot('portal-offline', 'index.html?scenario=offline', async (page) => {
    await page.locator('hcc-procedure-finder').getByText('Không có kết nối mạng').waitFor();
  });
} finally {
  await browser.close();
  await server.close();
}
