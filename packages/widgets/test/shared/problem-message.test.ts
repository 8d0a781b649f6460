import { HccError } from '@hcc/sdk';
import { describe, expect, it } from 'vitest';
import { createTranslator, loadTranslations } from '../../src/shared/i18n.js';
import { describeError } from '../../src/shared/problem-message.js';
import { sharedStrings } from '../../src/shared/shared.strings.js';

// English is a separate module the widget imports on first use.
await loadTranslations('en', [sharedStrings]);

const vi = createTranslator(() => 'vi', sharedStrings);
const en = createTranslator(() => 'en', sharedStrings);

function httpError(status: number, retryAfterSeconds?: number) {
  return new HccError({
    kind: 'http',
    method: 'GET',
    url: 'https://api.test/api/v1/procedures',
    status,
    problem: { type: 'about:blank', title: 'Lỗi', status },
    ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
  });
}

describe('describeError', () => {
  it('says what was not found for 404', () => {
    expect(describeError(httpError(404), vi).message).toBe('Không tìm thấy thông tin được yêu cầu.');
  });

  it("gives the wait time of a 429 in the citizen's language", () => {
    expect(describeError(httpError(429, 60), vi).message).toBe(
      'Bạn đã thử quá nhiều lần. Vui lòng thử lại sau 60 giây.',
    );
    expect(describeError(httpError(429, 1), en).message).toBe('Too many attempts. Please try again in 1 second.');
  });

  it('explains a 503 as a busy or maintained service', () => {
    const description = describeError(httpError(503), en);
    expect(description).toMatchObject({ kind: 'http', status: 503, offline: false });
    expect(description.message).toContain('busy or under maintenance');
  });

  it('explains a timeout', () => {
    const timeout = new HccError({ kind: 'timeout', method: 'GET', url: 'https://api.test/x' });
    expect(describeError(timeout, vi)).toMatchObject({
      kind: 'timeout',
      message: 'Máy chủ phản hồi quá lâu. Vui lòng thử lại.',
    });
  });

  it('treats a network failure as offline', () => {
    const network = new HccError({ kind: 'network', method: 'GET', url: 'https://api.test/x' });
    expect(describeError(network, en)).toMatchObject({ kind: 'network', offline: true });
  });

  it('has a message for errors that are not from the SDK', () => {
    expect(describeError(new TypeError('boom'), en)).toMatchObject({
      kind: 'unknown',
      message: 'Something went wrong. Please try again.',
    });
  });
});
