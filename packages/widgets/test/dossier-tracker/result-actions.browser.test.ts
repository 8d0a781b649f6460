import type { Dossier } from '@hcc/sdk';
import type { BrowserMock } from '@hcc/mock-server/browser';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DossierLoadDetail } from '../../src/dossier-tracker.js';
import {
  expectNoAxeViolations,
  installHostileCss,
  mount,
  sleep,
  unmountAll,
  useMock,
  waitFor,
} from '../harness/index.js';
import { $, fetchDossier, fixture, lookUp, mountTracker, text, timeline, waitForShadow } from './tracker-page.js';

let mock: BrowserMock;
beforeAll(async () => {
  mock = await useMock();
});
afterEach(() => {
  unmountAll();
  mock.worker.resetHandlers();
  mock.reset();
  vi.useRealTimers();
});

/** From the next request on, the API answers every dossier look-up with `dossier`. */
function answerWith(dossier: Dossier): void {
  mock.worker.use(http.get('*/api/v1/dossiers/:code', () => HttpResponse.json(dossier)));
}

/** What the polite live region says now. */
function politeText(tracker: HTMLElement): string {
  return tracker.shadowRoot?.querySelector('[role="status"][aria-live="polite"]')?.textContent?.trim() ?? '';
}

/** Waits until the polite live region says `expected`, and returns what it says. */
async function announced(tracker: HTMLElement, expected: string): Promise<string> {
  await waitFor(() => politeText(tracker) === expected, { timeout: 3000 }).catch(() => undefined);
  return politeText(tracker);
}

/** A finished demo dossier nobody has rated yet. */
async function unratedFinishedDossier(): Promise<{ code: string; verifier: string }> {
  for (const candidate of mock.db.fixtures.filter((entry) => [3, 8, 9, 10].includes(entry.status))) {
    const dossier = await fetchDossier(candidate.code, candidate.verifier);
    if (dossier.rating.canRate) return candidate;
  }
  throw new Error('No finished, unrated demo dossier');
}

describe('after a look-up', () => {
  it('emits hcc-dossier-load with the dossier, bubbling out of the shadow root', async () => {
    const { code, verifier } = fixture(mock, 4, 'pending');
    const tracker = await mountTracker();
    const listener = vi.fn<(event: CustomEvent<DossierLoadDetail>) => void>();
    document.body.addEventListener('hcc-dossier-load', listener);
    await lookUp(tracker, code, verifier);
    document.body.removeEventListener('hcc-dossier-load', listener);
    expect(listener).toHaveBeenCalledOnce();
    const detail = listener.mock.calls[0]?.[0].detail;
    expect(detail?.code).toBe(code);
    expect(detail?.dossier.status.key).toBe('processing');
    expect(detail?.canRate).toBe(false);
  });

  it('announces the dossier found and moves focus to it', async () => {
    const { code, verifier } = fixture(mock, 4, 'pending');
    const tracker = await mountTracker();
    await lookUp(tracker, code, verifier);
    const expected = `Đã tìm thấy hồ sơ ${code}. Trạng thái: Đang xử lý.`;
    expect(await announced(tracker, expected)).toBe(expected);
    expect(tracker.shadowRoot?.activeElement?.id).toBe('result-heading');
  });

  it('shows the applicant name masked as the API gives it', async () => {
    const { code, verifier } = fixture(mock, 4, 'pending');
    const dossier = await fetchDossier(code, verifier);
    const tracker = await mountTracker();
    await lookUp(tracker, code, verifier);
    expect(dossier.applicant.name).toContain('*');
    expect(text(tracker, '[part="facts"]')).toContain(`Người nộp hồ sơ${dossier.applicant.name}`);
  });
});

describe('an empty timeline', () => {
  it('says no processing step has started yet', async () => {
    const { code, verifier } = fixture(mock, 1);
    const real = await fetchDossier(code, verifier);
    answerWith({ ...real, steps: [] });
    const tracker = await mountTracker();
    await lookUp(tracker, code, verifier);
    expect(text(tracker, '.timeline-section')).toBe('Quá trình xử lý Chưa có bước xử lý nào.');
    expect($(tracker, 'ol.timeline')).toBeNull();
    await expectNoAxeViolations(tracker);
  });
});

describe('the language', () => {
  it('follows a change of the page language while a dossier is shown', async () => {
    const { code, verifier } = fixture(mock, 4, 'pending');
    const tracker = await mountTracker();
    await lookUp(tracker, code, verifier);
    tracker.parentElement?.setAttribute('lang', 'en');
    await waitFor(() => text(tracker, '[part="status"]') === 'Status: Being processed');
    expect(text(tracker, '#result-heading')).toBe(`Dossier ${code}`);
    expect(text(tracker, '[part="check-again-button"]')).toBe('Check again');
  });
});

describe('"Kiểm tra lại"', () => {
  it('fetches the dossier again and announces what changed, politely', async () => {
    const { code, verifier } = fixture(mock, 4, 'pending');
    const before = await fetchDossier(code, verifier);
    const tracker = await mountTracker();
    await lookUp(tracker, code, verifier);
    answerWith({
      ...before,
      status: { code: 9, key: 'processed', label: { vi: 'Đã xử lý xong', en: 'Processed (result ready)' } },
      steps: before.steps.map((step, index, all) => ({
        ...step,
        state: index === all.length - 1 ? 'current' : 'done',
      })),
    });
    $<HTMLButtonElement>(tracker, '[part="check-again-button"]')?.click();
    await waitFor(() => text(tracker, '[part="status"]') === 'Trạng thái: Đã xử lý xong');
    const expected = `Trạng thái hồ sơ đã thay đổi: Đã xử lý xong. Hồ sơ đang ở bước: ${before.steps.at(-1)?.name}.`;
    expect(await announced(tracker, expected)).toBe(expected);
    expect(timeline(tracker).current).toEqual([before.steps.at(-1)?.name]);
  });

  it('says so when nothing changed', async () => {
    const { code, verifier } = fixture(mock, 2);
    const tracker = await mountTracker();
    await lookUp(tracker, code, verifier);
    await announced(tracker, `Đã tìm thấy hồ sơ ${code}. Trạng thái: Được tiếp nhận.`);
    $<HTMLButtonElement>(tracker, '[part="check-again-button"]')?.click();
    expect(await announced(tracker, 'Hồ sơ không có thay đổi.')).toBe('Hồ sơ không có thay đổi.');
    expect(text(tracker, '[part="status"]')).toBe('Trạng thái: Được tiếp nhận');
  });
});

describe('the poll attribute', () => {
  it('refreshes every N minutes and announces a change', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { code, verifier } = fixture(mock, 4, 'pending');
    const before = await fetchDossier(code, verifier);
    const tracker = await mountTracker({ code, verifier, poll: '5' });
    await waitForShadow(tracker, '.result');
    expect(text(tracker, '.actions')).toContain('Tự động cập nhật mỗi 5 phút khi trang đang mở.');
    answerWith({
      ...before,
      supplements: [{ requestedAt: before.receivedAt, reason: 'Bản sao CCCD', resumedAt: null }],
    });
    let lookUps = 0;
    const count = ({ request }: { request: Request }) => {
      if (request.url.includes('/dossiers/')) lookUps += 1;
    };
    mock.worker.events.on('request:start', count);
    vi.advanceTimersByTime(4 * 60_000);
    await sleep(200);
    expect(lookUps).toBe(0);
    vi.advanceTimersByTime(60_000);
    await waitFor(() => lookUps === 1);
    mock.worker.events.removeListener('request:start', count);
    const expected = 'Có yêu cầu bổ sung hồ sơ: Bản sao CCCD.';
    expect(await announced(tracker, expected)).toBe(expected);
  });
});

describe('the invitation to rate', () => {
  it('links to the survey page with the code only when survey-url is set', async () => {
    const { code, verifier } = await unratedFinishedDossier();
    const tracker = await mountTracker({ 'survey-url': '/danh-gia' });
    await lookUp(tracker, code, verifier);
    const link = $<HTMLAnchorElement>(tracker, '[part="rate-invitation"] a');
    expect(text(tracker, '[part="rate-invitation"]')).toContain('Mời bạn đánh giá mức độ hài lòng');
    expect(new URL(link?.href ?? '').searchParams.get('ma-ho-so')).toBe(code);
    expect(link?.href).not.toContain(verifier);
    await expectNoAxeViolations(tracker);
  });

  it('hands the dossier to a <hcc-satisfaction-survey> on the same page', async () => {
    const { code, verifier } = await unratedFinishedDossier();
    const survey = await mount<HTMLElement & { verifier?: string }>(
      '<hcc-satisfaction-survey tabindex="-1"></hcc-satisfaction-survey>',
    );
    const tracker = await mountTracker();
    await lookUp(tracker, code, verifier);
    $<HTMLButtonElement>(tracker, '[part="rate-invitation"] button')?.click();
    expect(survey.getAttribute('dossier')).toBe(code);
    expect(survey.verifier).toBe(verifier);
    expect(survey.hasAttribute('verifier')).toBe(false);
    expect(document.activeElement).toBe(survey);
  });

  it('opens the real survey widget for the dossier, ready to rate', async () => {
    await import('../../src/satisfaction-survey.js');
    const { code, verifier } = await unratedFinishedDossier();
    const survey = await mount<HTMLElement & { verifier?: string }>(
      '<hcc-satisfaction-survey api-base="/api/v1"></hcc-satisfaction-survey>',
      { lang: 'vi' },
    );
    const tracker = await mountTracker();
    await lookUp(tracker, code, verifier);
    $<HTMLButtonElement>(tracker, '[part="rate-invitation"] button')?.click();
    expect(document.activeElement).toBe(survey);
    expect(survey.getAttribute('dossier')).toBe(code);
    expect(survey.hasAttribute('verifier')).toBe(false);
    // The survey has the verifier, so it offers the rating without asking for the four digits again.
    await waitFor(() => survey.shadowRoot?.querySelector('input[type="radio"]'), { timeout: 10_000 });
    expect(survey.shadowRoot?.querySelector('[part~="verifier-input"]')).toBeNull();
  });

  it('does not invite to rate a dossier still in progress', async () => {
    const { code, verifier } = fixture(mock, 4, 'pending');
    const tracker = await mountTracker({ 'survey-url': '/danh-gia' });
    await lookUp(tracker, code, verifier);
    expect($(tracker, '[part="rate-invitation"]')).toBeNull();
  });
});

describe('text from the API', () => {
  it('is rendered inert, never as markup', async () => {
    const { code, verifier } = fixture(mock, 5, 'paused');
    const real = await fetchDossier(code, verifier);
    const evil = '<img src=x onerror="window.__hccXss=1"><script>window.__hccXss=1</script>';
    answerWith({
      ...real,
      procedure: { ...real.procedure, name: evil },
      agency: { ...real.agency, name: evil },
      applicant: { name: evil },
      supplements: real.supplements.map((request) => ({ ...request, reason: evil })),
      steps: real.steps.map((step) => ({ ...step, name: evil, unit: evil })),
    });
    const tracker = await mountTracker();
    await lookUp(tracker, code, verifier);
    expect(tracker.shadowRoot?.querySelector('img, script:not([type])')).toBeNull();
    expect(text(tracker, '[part="facts"]')).toContain(evil);
    expect(text(tracker, '[part="timeliness"]')).toContain(evil);
    expect((window as { __hccXss?: number }).__hccXss).toBeUndefined();
  });
});

describe('on a hostile host page', () => {
  it('keeps its own type sizes when the page sets html { font-size: 62.5% } and !important rules', async () => {
    const { code, verifier } = fixture(mock, 4, 'pending');
    const remove = installHostileCss();
    try {
      const tracker = await mountTracker();
      await lookUp(tracker, code, verifier);
      const size = (selector: string) => getComputedStyle($(tracker, selector) as Element).fontSize;
      expect(size('h2')).toBe('22px');
      expect(size('label')).toBe('16px');
      expect(getComputedStyle($(tracker, '[part="submit-button"]') as Element).minHeight).toBe('44px');
    } finally {
      remove();
    }
  });
});

describe('reflow', () => {
  it('fits 180 CSS pixels (400 % zoom on a 720 px screen) without sideways scrolling', async () => {
    const { code, verifier } = await unratedFinishedDossier();
    const tracker = await mountTracker({ 'survey-url': '/danh-gia' });
    tracker.style.width = '180px';
    await lookUp(tracker, code, verifier);
    $<HTMLButtonElement>(tracker, '[part="submit-button"]')?.focus();
    const edge = tracker.getBoundingClientRect().right + 0.5;
    const overflowing = [...(tracker.shadowRoot?.querySelectorAll('*') ?? [])]
      .filter((element) => !element.closest('.visually-hidden') && element.getBoundingClientRect().right > edge)
      .map((element) => `${element.localName}.${element.getAttribute('class') ?? ''}`);
    expect(overflowing).toEqual([]);
  });
});
