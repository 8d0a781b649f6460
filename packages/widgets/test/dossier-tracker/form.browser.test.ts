import type { BrowserMock } from '@hcc/mock-server/browser';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations, focusedIn, unmountAll, useMock, waitFor } from '../harness/index.js';
import { $, fixture, lookUp, mountTracker, submit, text, type, waitForShadow } from './tracker-page.js';

let mock: BrowserMock;
let requests: string[] = [];
const pageUrl = location.href;

beforeAll(async () => {
  mock = await useMock();
  mock.worker.events.on('request:start', ({ request }) => {
    if (request.url.includes('/api/v1/')) requests.push(request.url);
  });
});
afterEach(() => {
  unmountAll();
  mock.reset();
  requests = [];
  history.replaceState(null, '', pageUrl);
});

describe('checking the input before any request', () => {
  it.each([
    ['', 'Nhập mã hồ sơ.'],
    ['000.00', 'Mã hồ sơ quá ngắn. Mã hồ sơ có dạng 000.00.14.H56-250612-0118.'],
    ['000.00.14.H56/250612/0118', 'Mã hồ sơ không đúng dạng.'],
    ['000.00.14.H56-251332-0118', 'không phải là ngày có thật'],
  ])('explains what is wrong with the code %j', async (code, message) => {
    const tracker = await mountTracker();
    type(tracker, 'code', code);
    type(tracker, 'verifier', '4821');
    submit(tracker);
    const error = await waitForShadow(tracker, '#code-error');
    expect(error.textContent).toContain(message);
    const input = $<HTMLInputElement>(tracker, '#code');
    expect(input?.getAttribute('aria-invalid')).toBe('true');
    expect(input?.getAttribute('aria-describedby')).toBe('code-error code-help');
    expect(requests).toEqual([]);
  });

  it('explains a verifier that is not four digits, and focuses the first field to fix', async () => {
    const tracker = await mountTracker();
    type(tracker, 'code', '000.00.14.H56-250612-0118');
    type(tracker, 'verifier', '12a');
    submit(tracker);
    const error = await waitForShadow(tracker, '#verifier-error');
    expect(error.textContent).toBe('Nhập đúng 4 chữ số, ví dụ 4821.');
    expect($(tracker, '#code-error')).toBeNull();
    await tracker.updateComplete;
    expect(focusedIn(tracker)?.id).toBe('verifier');
    expect(requests).toEqual([]);
    await expectNoAxeViolations(tracker);
  });

  it('reports both fields at once when both are empty', async () => {
    const tracker = await mountTracker();
    submit(tracker);
    await waitForShadow(tracker, '#verifier-error');
    expect(text(tracker, '#code-error')).toBe('Nhập mã hồ sơ.');
    expect(text(tracker, '#verifier-error')).toBe('Nhập 4 số cuối điện thoại.');
    await tracker.updateComplete;
    expect(focusedIn(tracker)?.id).toBe('code');
  });

  it('labels both fields and gives each help text', async () => {
    const tracker = await mountTracker();
    for (const id of ['code', 'verifier']) {
      const input = $<HTMLInputElement>(tracker, `#${id}`);
      expect(input?.labels?.[0]?.textContent?.trim()).toBe(id === 'code' ? 'Mã hồ sơ' : '4 số cuối điện thoại');
      expect(text(tracker, `#${input?.getAttribute('aria-describedby')}`).length).toBeGreaterThan(20);
    }
    await expectNoAxeViolations(tracker);
  });
});

describe('what citizens type or paste', () => {
  it('accepts a code in lower case with spaces, and shows it in canonical form', async () => {
    const { code, verifier } = fixture(mock, 4, 'pending');
    const messy = ` ${code.toLowerCase().replace(/-/g, ' - ')} `;
    const tracker = await mountTracker();
    await lookUp(tracker, messy, verifier);
    expect(text(tracker, '#result-heading')).toBe(`Hồ sơ ${code}`);
    expect($<HTMLInputElement>(tracker, '#code')?.value).toBe(code);
  });

  it('accepts the receipt URL from the QR code pasted into the code field', async () => {
    const { code, verifier } = fixture(mock, 2);
    const tracker = await mountTracker();
    await lookUp(tracker, `https://dichvucong.bacninh.gov.vn/tra-cuu?ma-ho-so=${encodeURIComponent(code)}`, verifier);
    expect(text(tracker, '#result-heading')).toBe(`Hồ sơ ${code}`);
  });
});

describe('pre-filling', () => {
  it('pre-fills the code from ?ma-ho-so= in the page URL and waits for the verifier', async () => {
    const { code, verifier } = fixture(mock, 4, 'pending');
    history.replaceState(null, '', `?ma-ho-so=${encodeURIComponent(code)}`);
    const tracker = await mountTracker();
    expect($<HTMLInputElement>(tracker, '#code')?.value).toBe(code);
    expect(requests).toEqual([]);
    type(tracker, 'verifier', verifier);
    submit(tracker);
    await waitForShadow(tracker, '.result');
    expect(text(tracker, '[part="status"]')).toBe('Trạng thái: Đang xử lý');
  });

  it('looks the dossier up at once with the code and verifier attributes', async () => {
    const { code, verifier } = fixture(mock, 9);
    const tracker = await mountTracker({ code, verifier });
    await waitForShadow(tracker, '.result');
    expect(text(tracker, '[part="status"]')).toBe('Trạng thái: Đã xử lý xong');
  });

  it('prefers the code attribute over the page URL', async () => {
    const { code } = fixture(mock, 9);
    history.replaceState(null, '', '?ma-ho-so=000.00.14.H56-250612-0118');
    const tracker = await mountTracker({ code });
    expect($<HTMLInputElement>(tracker, '#code')?.value).toBe(code);
  });

  it('puts nothing in the page URL, and never the verifier', async () => {
    const { code, verifier } = fixture(mock, 4, 'pending');
    const tracker = await mountTracker();
    await lookUp(tracker, code, verifier);
    expect(location.href).toBe(pageUrl);
    expect(location.href).not.toContain(verifier);
    expect(requests.every((url) => !url.includes(verifier))).toBe(true);
  });
});

describe('keyboard only', () => {
  it('fills in the form, looks up with Enter, lands on the result and checks again', async () => {
    const { code, verifier } = fixture(mock, 4, 'pending');
    const tracker = await mountTracker();
    $<HTMLInputElement>(tracker, '#code')?.focus();
    await userEvent.keyboard(code);
    await userEvent.tab();
    expect(focusedIn(tracker)?.id).toBe('verifier');
    await userEvent.keyboard(verifier);
    await userEvent.keyboard('{Enter}');
    await waitForShadow(tracker, '.result');
    await tracker.updateComplete;
    expect(focusedIn(tracker)?.id).toBe('result-heading');

    await userEvent.tab();
    expect(focusedIn(tracker)?.getAttribute('part')).toBe('check-again-button');
    const before = requests.length;
    const unchanged = 'Hồ sơ không có thay đổi.';
    await userEvent.keyboard('{Enter}');
    // The live region still holds the look-up's announcement: wait for the new one, not for any text.
    await waitFor(() => tracker.shadowRoot?.querySelector('[role="status"]')?.textContent?.trim() === unchanged);
    expect(requests.length).toBe(before + 1);
  });
});
