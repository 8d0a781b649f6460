import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { $, $$ } from '../harness/mount.js';
import { mockEachTest } from '../harness/mock.js';
import { waitFor } from '../harness/wait.js';
import { mountFinder, resultNames, searchInput, waitForResults } from './finder-page.js';

mockEachTest();

async function openFirst(query: string, expectedName: string) {
  const finder = await mountFinder();
  finder.searchFor(query);
  await waitForResults(finder, (names) => names[0] === expectedName);
  ($$(finder, '.result-button')[0] as HTMLButtonElement).click();
  await waitFor(() => $(finder, '.detail-title'));
  return finder;
}

describe('<hcc-procedure-finder> detail', () => {
  it('shows the fee of each channel and the documents from the mock', async () => {
    const finder = await openFirst('dang ky thuong tru', 'Đăng ký thường trú');
    const rows = $$(finder, '.channels tbody tr').map((row) => row.textContent?.replace(/\s+/g, ' ') ?? '');
    expect(rows.find((row) => row.includes('Trực tuyến'))).toContain('10.000 ₫');
    expect(rows.find((row) => row.includes('Trực tiếp'))).toContain('20.000 ₫');
    expect($$(finder, '.document').length).toBeGreaterThan(0);
    expect($(finder, '.detail')?.textContent).toContain('Thành phần hồ sơ');
  });

  it('shows "Miễn phí" for a free procedure', async () => {
    const finder = await openFirst('dang ky khai sinh', 'Thủ tục đăng ký khai sinh');
    expect($(finder, '.channels tbody')?.textContent).toContain('Miễn phí');
  });

  it('lets the citizen tick documents and counts them', async () => {
    const finder = await openFirst('dang ky khai sinh', 'Thủ tục đăng ký khai sinh');
    const total = $$(finder, '.document input').length;
    ($$(finder, '.document input')[0] as HTMLInputElement).click();
    ($$(finder, '.document input')[1] as HTMLInputElement).click();
    await finder.updateComplete;
    expect($(finder, '.prepared')?.textContent).toBe(`Đã chuẩn bị 2/${total} giấy tờ`);
  });

  it('emits hcc-procedure-select with the code and name', async () => {
    const finder = await mountFinder();
    finder.searchFor('dang ky khai sinh');
    await waitForResults(finder, (names) => names[0] === 'Thủ tục đăng ký khai sinh');
    const event = new Promise<CustomEvent>((resolve) =>
      document.addEventListener('hcc-procedure-select', (e) => resolve(e as CustomEvent), { once: true }),
    );
    ($$(finder, '.result-button')[0] as HTMLButtonElement).click();
    expect((await event).detail).toEqual({ code: '1.001193', name: 'Thủ tục đăng ký khai sinh' });
  });

  it('stays on the list when a listener cancels hcc-procedure-select', async () => {
    const finder = await mountFinder();
    await waitForResults(finder);
    const cancel = (event: Event) => event.preventDefault();
    finder.addEventListener('hcc-procedure-select', cancel);
    ($$(finder, '.result-button')[0] as HTMLButtonElement).click();
    await finder.updateComplete;
    finder.removeEventListener('hcc-procedure-select', cancel);
    expect($(finder, '.detail-view')).toBeNull();
  });

  it('puts the procedure as schema.org GovernmentService JSON-LD in the light DOM, and removes it on back', async () => {
    const finder = await openFirst('dang ky khai sinh', 'Thủ tục đăng ký khai sinh');
    const script = finder.querySelector('script[type="application/ld+json"]');
    const data = JSON.parse(script?.textContent ?? '{}');
    expect(data).toMatchObject({
      '@type': 'GovernmentService',
      name: 'Thủ tục đăng ký khai sinh',
      identifier: '1.001193',
    });
    ($(finder, '.back') as HTMLButtonElement).click();
    await finder.updateComplete;
    expect(finder.querySelector('script[type="application/ld+json"]')).toBeNull();
  });

  it('offers to apply online through a safe link opening in a new window', async () => {
    const finder = await openFirst('dang ky khai sinh', 'Thủ tục đăng ký khai sinh');
    const apply = $(finder, '.apply') as HTMLAnchorElement | null;
    expect(apply?.protocol).toMatch(/^https?:$/);
    expect(apply?.target).toBe('_blank');
    expect(apply?.rel).toContain('noopener');
  });

  it('goes back with focus on the result that was opened', async () => {
    const finder = await openFirst('dang ky khai sinh', 'Thủ tục đăng ký khai sinh');
    ($(finder, '.back') as HTMLButtonElement).click();
    await waitFor(() => (finder.shadowRoot?.activeElement as HTMLElement | null)?.dataset.code === '1.001193');
    expect(resultNames(finder)[0]).toBe('Thủ tục đăng ký khai sinh');
  });
});

describe('<hcc-procedure-finder> keyboard only', () => {
  it('goes from the search box to a detail and back without a mouse', async () => {
    const finder = await mountFinder();
    await waitForResults(finder);
    searchInput(finder).focus();
    await userEvent.keyboard('khai sinh');
    await userEvent.keyboard('{Enter}');
    await waitForResults(finder, (names) => names[0]?.toLowerCase().includes('khai sinh') ?? false);
    await userEvent.keyboard('{ArrowDown}');
    expect(finder.shadowRoot?.activeElement).toBe($$(finder, '.result-button')[0]);
    await userEvent.keyboard('{ArrowDown}');
    expect(finder.shadowRoot?.activeElement).toBe($$(finder, '.result-button')[1]);
    await userEvent.keyboard('{ArrowUp}');
    const opened = (finder.shadowRoot?.activeElement as HTMLElement | null)?.dataset.code;
    expect(opened).toBeDefined();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => finder.shadowRoot?.activeElement?.classList.contains('detail-title'));
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(finder.shadowRoot?.activeElement?.classList.contains('back')).toBe(true);
    await userEvent.keyboard('{Enter}');
    await waitFor(() => (finder.shadowRoot?.activeElement as HTMLElement | null)?.dataset.code === opened);
  });

  it('closes the detail with Escape', async () => {
    const finder = await mountFinder();
    await waitForResults(finder);
    ($$(finder, '.result-button')[0] as HTMLButtonElement).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => finder.shadowRoot?.activeElement?.classList.contains('detail-title'));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => finder.shadowRoot?.activeElement?.classList.contains('result-button'));
  });

  it('goes back from the first result to the search box with ArrowUp', async () => {
    const finder = await mountFinder();
    await waitForResults(finder);
    ($$(finder, '.result-button')[0] as HTMLButtonElement).focus();
    await userEvent.keyboard('{ArrowUp}');
    expect(finder.shadowRoot?.activeElement).toBe(searchInput(finder));
  });
});
