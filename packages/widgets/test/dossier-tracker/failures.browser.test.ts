import type { HccErrorDetail } from '../../src/shared/events.js';
import { MAX_FAILURES } from '@hcc/mock-server/browser';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations, mockEachTest } from '../harness/index.js';
import { $, failureMessage, fixture, lookUp, mountTracker, text, waitForShadow } from './tracker-page.js';

const mock = mockEachTest();

const NOT_FOUND =
  'Không tìm thấy hồ sơ với mã và 4 số điện thoại này. Vui lòng kiểm tra lại cả hai trên giấy tiếp nhận.';

/** A verifier that is not the dossier's. */
const wrong = (verifier: string) => (verifier === '0000' ? '1111' : '0000');

describe('a dossier that cannot be shown', () => {
  it('gives the same neutral message for a wrong verifier and for an unknown code', async () => {
    const { code, verifier } = fixture(mock(), 4, 'pending');
    const tracker = await mountTracker();
    await lookUp(tracker, code, wrong(verifier));
    const wrongVerifier = failureMessage(tracker);
    await lookUp(tracker, '000.00.14.H56-200203-0118', verifier);
    const unknownCode = failureMessage(tracker);
    expect(wrongVerifier).toBe(NOT_FOUND);
    expect(unknownCode).toBe(NOT_FOUND);
    expect($(tracker, '[part="retry-button"]')).toBeNull();
    expect($<HTMLInputElement>(tracker, '#verifier')?.value).toBe(verifier);
    await expectNoAxeViolations(tracker);
  });

  it('emits hcc-error with the message shown, bubbling out of the shadow root', async () => {
    const { code, verifier } = fixture(mock(), 4, 'pending');
    const tracker = await mountTracker();
    const listener = vi.fn<(event: CustomEvent<HccErrorDetail>) => void>();
    document.body.addEventListener('hcc-error', listener);
    await lookUp(tracker, code, wrong(verifier));
    document.body.removeEventListener('hcc-error', listener);
    expect(listener).toHaveBeenCalledOnce();
    expect(listener.mock.calls[0]?.[0].detail).toMatchObject({
      widget: 'hcc-dossier-tracker',
      kind: 'http',
      status: 404,
      message: NOT_FOUND,
    });
  });

  it('says how long to wait once the code is locked after repeated failures', async () => {
    const { code, verifier } = fixture(mock(), 4, 'pending');
    const tracker = await mountTracker();
    for (let attempt = 0; attempt < MAX_FAILURES; attempt += 1) {
      await lookUp(tracker, code, wrong(verifier));
      expect(failureMessage(tracker)).toBe(NOT_FOUND);
    }
    await lookUp(tracker, code, verifier);
    expect(failureMessage(tracker)).toBe('Bạn đã tra cứu sai quá nhiều lần. Vui lòng thử lại sau 15 phút.');
    expect($(tracker, '.result')).toBeNull();
    await expectNoAxeViolations(tracker);
  });

  it('says in English how many minutes to wait', async () => {
    const { code, verifier } = fixture(mock(), 4, 'pending');
    const tracker = await mountTracker({}, { lang: 'en' });
    for (let attempt = 0; attempt <= MAX_FAILURES; attempt += 1) await lookUp(tracker, code, wrong(verifier));
    expect(failureMessage(tracker)).toBe('Too many unsuccessful attempts. Please try again in 15 minutes.');
  });
});

describe('when the network fails', () => {
  it('offers a retry that keeps the input and shows the dossier once the network is back', async () => {
    const { code, verifier } = fixture(mock(), 4, 'pending');
    const tracker = await mountTracker();
    mock().use({ scenario: 'offline' });
    await lookUp(tracker, code, verifier);
    expect(failureMessage(tracker)).toMatch(/Không kết nối được tới hệ thống|không có kết nối mạng/);
    expect($<HTMLInputElement>(tracker, '#code')?.value).toBe(code);
    expect($<HTMLInputElement>(tracker, '#verifier')?.value).toBe(verifier);
    await expectNoAxeViolations(tracker);

    mock().use({ scenario: 'normal' });
    $<HTMLButtonElement>(tracker, '[part="retry-button"]')?.click();
    await waitForShadow(tracker, '.result');
    expect(text(tracker, '[part="status"]')).toBe('Trạng thái: Đang xử lý');
    expect($(tracker, '[part~="state"]')).toBeNull();
  });

  it('offers a retry when the service is unavailable', async () => {
    const { code, verifier } = fixture(mock(), 4, 'pending');
    const tracker = await mountTracker();
    mock().use({ scenario: 'normal', errorRate: 1 });
    await lookUp(tracker, code, verifier);
    expect(failureMessage(tracker)).toBe('Hệ thống đang bận hoặc bảo trì. Vui lòng thử lại sau ít phút.');
    expect($(tracker, '[part="retry-button"]')).not.toBeNull();
  });

  it('shows a loading state while the answer is slow', async () => {
    const { code, verifier } = fixture(mock(), 4, 'pending');
    const tracker = await mountTracker();
    mock().use({ latencyMs: 1500 });
    const result = lookUp(tracker, code, verifier);
    const loading = await waitForShadow(tracker, '.state.loading');
    expect(loading.getAttribute('role')).toBe('status');
    expect(loading.textContent?.trim()).toBe('Đang tra cứu hồ sơ…');
    expect($(tracker, '.outcome')?.getAttribute('aria-busy')).toBe('true');
    await expectNoAxeViolations(tracker);
    await result;
    expect($(tracker, '.state.loading')).toBeNull();
  });
});

describe('a misconfigured widget', () => {
  it('says it is not set up and names the fix in the console when api-base is missing', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const tracker = await mountTracker({ 'api-base': '' });
    expect(text(tracker, '[part~="state"]')).toContain('Tiện ích chưa được cấu hình đúng');
    expect($(tracker, 'form')).toBeNull();
    expect(String(error.mock.calls[0]?.[0])).toContain('api-base');
    error.mockRestore();
    await expectNoAxeViolations(tracker);
  });
});
