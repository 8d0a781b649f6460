import type { FixtureDossier } from '@hcc/mock-server';
import type { Page } from 'playwright-core';

/*
 * The three things a citizen does on a host page, driven through the widgets' accessible names (Vietnamese, the
 * default language), as a screen-reader user would find them. Each waits for its outcome and throws when it does not
 * come, so they also serve as set-up.
 */

/** Searches without diacritics, opens the first matching result and returns the detail's heading. */
export async function findAndOpenProcedure(page: Page, query = 'dang ky khai sinh'): Promise<string> {
  const finder = page.locator('hcc-procedure-finder');
  const search = finder.getByRole('searchbox', { name: 'Tìm thủ tục' });
  await search.fill(query);
  await search.press('Enter');
  const firstResult = finder
    .getByRole('listitem')
    .getByRole('button', { name: /khai sinh/i })
    .first();
  await firstResult.click();
  const title = finder.locator('[part~="detail"]').getByRole('heading').first();
  await title.waitFor();
  await finder.getByRole('button', { name: 'Quay lại danh sách' }).waitFor();
  return (await title.textContent())?.trim() ?? '';
}

/** Opens a dossier whose code came from the page URL (`?ma-ho-so=`), typing only the verifier. */
export async function trackDossier(page: Page, dossier: FixtureDossier): Promise<void> {
  const tracker = page.locator('hcc-dossier-tracker');
  const code = await tracker.getByLabel('Mã hồ sơ', { exact: false }).first().inputValue();
  if (code !== dossier.code) throw new Error(`The tracker did not take ?ma-ho-so= from the URL: "${code}"`);
  await tracker.getByLabel('4 số cuối điện thoại', { exact: false }).fill(dossier.verifier);
  await tracker.getByRole('button', { name: 'Tra cứu', exact: true }).click();
  await tracker.getByRole('heading', { name: `Hồ sơ ${dossier.code}` }).waitFor();
}

/** Rates the survey's dossier "Rất hài lòng" after typing the verifier, and waits for the thanks. */
export async function rateDossier(page: Page, dossier: FixtureDossier): Promise<void> {
  const survey = page.locator('hcc-satisfaction-survey');
  await survey.getByLabel('4 số cuối số điện thoại', { exact: false }).fill(dossier.verifier);
  await survey.getByRole('radio', { name: 'Rất hài lòng' }).check();
  await survey.getByRole('button', { name: 'Gửi đánh giá' }).click();
  await survey.getByRole('heading', { name: 'Cảm ơn bạn đã đánh giá' }).waitFor();
}
