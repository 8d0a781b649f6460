import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../harness/axe.js';
import { $, $$ } from '../harness/mount.js';
import { mockEachTest } from '../harness/mock.js';
import { waitFor } from '../harness/wait.js';
import { mountFinder, waitForResults } from './finder-page.js';

mockEachTest();

/** Birth registration (1.001193) opened in a finder on a 360 px phone. */
async function openBirthRegistration(attributes = '') {
  const finder = await mountFinder(attributes);
  finder.searchFor('dang ky khai sinh');
  await waitForResults(finder, (names) => names[0] === 'Thủ tục đăng ký khai sinh');
  ($$(finder, '.result-button')[0] as HTMLButtonElement).click();
  await waitFor(() => $(finder, '.detail-title'));
  return finder;
}

const sections = (finder: Element) => $$(finder, 'details.block') as HTMLDetailsElement[];
const height = (finder: Element) => ($(finder, '.detail') as HTMLElement).getBoundingClientRect().height;

describe('<hcc-procedure-finder> detail on a 360 px phone', () => {
  beforeEach(async () => {
    await page.viewport(360, 780);
  });
  afterEach(async () => {
    await page.viewport(1280, 800);
  });

  it('is at most a third of its full height with the sections closed, essentials first', async () => {
    const finder = await openBirthRegistration();
    expect(sections(finder).length).toBeGreaterThanOrEqual(5);
    expect(sections(finder).every((details) => !details.open)).toBe(true);
    const closed = height(finder);
    for (const details of sections(finder)) details.open = true;
    const open = height(finder);
    console.info(`1.001193 at 360 px: ${Math.round(closed)} px with the sections closed, ${Math.round(open)} px open`);
    expect(closed * 3).toBeLessThanOrEqual(open);
    // The old detail was about 9,400 px tall on a phone; closed, this one fits in a few screens.
    expect(closed).toBeLessThan(9400 / 3);

    const essentials = $(finder, '.essentials') as HTMLElement;
    const text = essentials.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(text).toContain('1 ngày làm việc');
    expect(text).toContain('Miễn phí');
    expect(text).toContain('Trực tuyến');
    expect(essentials.querySelector('a.apply')).not.toBeNull();
    expect(essentials.getBoundingClientRect().bottom).toBeLessThanOrEqual(
      sections(finder)[0]?.getBoundingClientRect().top ?? 0,
    );
  });

  it('shows the steps as a numbered list split from the source, and the introductions as text', async () => {
    const finder = await openBirthRegistration();
    const steps = $$(finder, 'ol.steps > li');
    // Five dashed steps in one paragraph of the source, then its "* Lưu ý:" with the notes under it.
    expect(steps).toHaveLength(6);
    expect(steps[2]?.querySelectorAll(':scope > ol > li')).toHaveLength(3);
    expect(steps[5]?.textContent).toContain('Lưu ý:');

    const intros = $$(finder, '.document-intro').map((intro) => intro.textContent ?? '');
    expect(intros).toContain(
      'Người có yêu cầu đăng ký khai sinh thực hiện việc nộp/xuất trình (theo hình thức trực tiếp) hoặc tải lên (theo hình thức trực tuyến) các giấy tờ sau:',
    );
    for (const intro of $$(finder, '.document-intro, .document-note')) expect(intro.querySelector('input')).toBeNull();
    const names = $$(finder, '.document-name').map((name) => name.textContent ?? '');
    expect(names.some((name) => name.trim().endsWith(':'))).toBe(false);
    expect(names).toContain(
      'Tờ khai đăng ký khai sinh theo mẫu (nếu người có yêu cầu lựa chọn nộp hồ sơ theo hình thức trực tiếp hoặc gửi hồ sơ qua hệ thống bưu chính);',
    );
  });

  it('opens and closes sections by keyboard and keeps them open while the citizen ticks documents', async () => {
    const finder = await openBirthRegistration();
    const documents = sections(finder).find((details) => details.querySelector('.documents')) as HTMLDetailsElement;
    (documents.querySelector('summary') as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => documents.open);
    ($$(finder, '.document input')[0] as HTMLInputElement).click();
    await finder.updateComplete;
    expect(documents.open).toBe(true);
    expect($(finder, '.prepared')?.textContent).toMatch(/^Đã chuẩn bị 1\//);
    (documents.querySelector('summary') as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => !documents.open);
  });

  it('is axe clean with the sections closed and open, in Vietnamese and English', async () => {
    for (const lang of ['vi', 'en']) {
      const finder = await openBirthRegistration(`lang="${lang}"`);
      await expectNoAxeViolations(finder);
      for (const details of sections(finder)) details.open = true;
      await expectNoAxeViolations(finder);
      finder.remove();
    }
  });
});
