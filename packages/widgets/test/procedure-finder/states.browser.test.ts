import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../harness/axe.js';
import { installHostileCss } from '../harness/hostile-page.js';
import { fastFailingClient, stopMock, useMock } from '../harness/mock.js';
import { $, $$, mount, unmountAll } from '../harness/mount.js';
import { waitFor } from '../harness/wait.js';
import { mountFinder, mountFinderWithClient, resultNames, waitForResults } from './finder-page.js';

let removeHostileCss: (() => void) | undefined;
beforeEach(async () => {
  await useMock();
});
afterEach(async () => {
  removeHostileCss?.();
  removeHostileCss = undefined;
  unmountAll();
  (await useMock()).worker.resetHandlers();
});
afterAll(stopMock);

const retryButton = (finder: Element) => $(finder, '.retry') as HTMLButtonElement;

describe('<hcc-procedure-finder> errors', () => {
  it('shows a message and a working retry when the API answers 503', async () => {
    await useMock({ errorRate: 1 });
    const finder = await mountFinder();
    await waitFor(() => $(finder, '.state.error'), { timeout: 10_000 });
    expect($(finder, '.state.error')?.textContent).toContain('Hệ thống đang bận hoặc bảo trì');
    await useMock();
    retryButton(finder).click();
    await waitForResults(finder);
  });

  it('shows a message and a working retry when the API times out', async () => {
    await useMock({ latencyMs: 3000 });
    const finder = await mountFinderWithClient(fastFailingClient(300));
    await waitFor(() => $(finder, '.state.error'));
    expect($(finder, '.state.error')?.textContent).toContain('Máy chủ phản hồi quá lâu');
    await useMock();
    retryButton(finder).click();
    await waitForResults(finder);
  });

  it('shows the offline state in the offline scenario, and retry works once back online', async () => {
    await useMock({ scenario: 'offline' });
    const finder = await mountFinderWithClient(fastFailingClient());
    await waitFor(() => $(finder, '.state.offline'));
    expect($(finder, '.state.offline')?.textContent).toContain('Không có kết nối mạng');
    await useMock();
    retryButton(finder).click();
    await waitForResults(finder);
  });

  it('emits hcc-error when a call fails', async () => {
    await useMock({ scenario: 'offline' });
    const event = new Promise<CustomEvent>((resolve) =>
      document.addEventListener('hcc-error', (e) => resolve(e as CustomEvent), { once: true }),
    );
    await mountFinderWithClient(fastFailingClient());
    expect((await event).detail).toMatchObject({ widget: 'hcc-procedure-finder', kind: 'network' });
  });

  it('shows a retry in the detail view when the procedure cannot be loaded', async () => {
    const finder = await mountFinderWithClient(fastFailingClient());
    await waitForResults(finder);
    await useMock({ scenario: 'offline' });
    ($$(finder, '.result-button')[0] as HTMLButtonElement).click();
    await waitFor(() => $(finder, '.detail-view .state.offline'));
    await useMock();
    retryButton(finder).click();
    await waitFor(() => $(finder, '.detail-title'));
  });

  it('shows a configuration error without api-base', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const finder = await mount('<hcc-procedure-finder></hcc-procedure-finder>', { lang: 'vi' });
    expect($(finder, '.state.error')?.textContent).toContain('chưa được cấu hình đúng');
    expect(String(error.mock.calls[0]?.[0])).toContain('<hcc-procedure-finder>');
    error.mockRestore();
  });
});

describe('<hcc-procedure-finder> accessibility (axe)', () => {
  it('has no violations with results', async () => {
    const finder = await mountFinder();
    finder.searchFor('khai sinh');
    await waitForResults(finder, (names) => names[0]?.includes('khai sinh') ?? false);
    await expectNoAxeViolations(finder);
  });

  it('has no violations in the empty state', async () => {
    const finder = await mountFinder();
    finder.searchFor('qqqqzzzz xxxyyy');
    await waitFor(() => $(finder, '.state.empty'));
    await expectNoAxeViolations(finder);
  });

  it('has no violations in the detail view', async () => {
    const finder = await mountFinder();
    finder.searchFor('dang ky thuong tru');
    await waitForResults(finder, (names) => names[0] === 'Đăng ký thường trú');
    ($$(finder, '.result-button')[0] as HTMLButtonElement).click();
    await waitFor(() => $(finder, '.detail-title'));
    await expectNoAxeViolations(finder);
  });

  it('has no violations in the error state', async () => {
    await useMock({ latencyMs: 3000 });
    const finder = await mountFinderWithClient(fastFailingClient(200));
    await waitFor(() => $(finder, '.state.error'));
    await expectNoAxeViolations(finder);
  });

  it('has no violations in the offline state', async () => {
    await useMock({ scenario: 'offline' });
    const finder = await mountFinderWithClient(fastFailingClient());
    await waitFor(() => $(finder, '.state.offline'));
    await expectNoAxeViolations(finder);
  });

  it('has no violations in English and in dark mode', async () => {
    const finder = await mountFinder('lang="en" theme="dark"');
    await waitForResults(finder);
    expect($(finder, '.title')?.textContent).toBe('Find an administrative procedure');
    await expectNoAxeViolations(finder);
  });
});

describe('<hcc-procedure-finder> untrusted data', () => {
  it('renders a name containing <img onerror> as text, without running it', async () => {
    const evil = 'Thủ tục <img src=x onerror="window.__hccXss=1"> giả mạo';
    const mock = await useMock();
    mock.worker.use(
      http.get('*/api/v1/procedures', () =>
        HttpResponse.json({
          items: [
            {
              code: '9.999999',
              name: evil,
              fields: ['<b>Hộ tịch</b>'],
              levels: ['commune'],
              audience: ['citizen'],
              onlineLevel: 'full',
              processingTime: { value: 1, unit: 'working-day' },
              highlights: [{ start: 8, end: 12 }],
              sampleData: false,
            },
          ],
          total: 1,
          page: 1,
          pageSize: 10,
          facets: {
            field: [{ value: 'x', label: '<img src=x onerror="window.__hccXss=2">', count: 1 }],
            level: [],
            online: [],
            audience: [],
          },
        }),
      ),
    );
    const finder = await mountFinder();
    await waitForResults(finder);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(resultNames(finder)[0]).toBe(evil);
    expect(finder.shadowRoot?.querySelector('img')).toBeNull();
    expect((window as { __hccXss?: number }).__hccXss).toBeUndefined();
  });

  it('never turns a javascript: URL from the API into a link or into the JSON-LD', async () => {
    const mock = await useMock();
    const finder = await mountFinder();
    finder.searchFor('dang ky khai sinh');
    await waitForResults(finder, (names) => names[0] === 'Thủ tục đăng ký khai sinh');
    const real = await fetch('/api/v1/procedures/1.001193').then((response) => response.json());
    mock.worker.use(
      http.get('*/api/v1/procedures/:code', () =>
        HttpResponse.json({ ...real, onlineLevel: 'full', onlineSubmissionUrl: 'javascript:alert(1)' }),
      ),
    );
    ($$(finder, '.result-button')[0] as HTMLButtonElement).click();
    await waitFor(() => $(finder, '.detail-title'));
    expect($(finder, '.apply')).toBeNull();
    const jsonLd = await waitFor(() => finder.querySelector('script[type="application/ld+json"]')?.textContent);
    expect(JSON.parse(jsonLd)).toMatchObject({ '@type': 'GovernmentService', identifier: '1.001193' });
    expect(jsonLd).not.toContain('javascript:');
    expect(jsonLd).not.toContain('serviceUrl');
  });
});

describe('<hcc-procedure-finder> on a hostile page', () => {
  /** Sizes and styles that global CSS would change if it leaked in. */
  async function measure() {
    const finder = await mountFinder();
    await waitForResults(finder);
    const box = (selector: string) => ($(finder, selector) as HTMLElement).getBoundingClientRect();
    const style = (selector: string) => getComputedStyle($(finder, selector) as HTMLElement);
    const result = {
      inputHeight: box('.search-input').height,
      inputFont: style('.search-input').fontSize,
      titleFont: style('.title').fontSize,
      resultFont: style('.result-name').fontSize,
      resultColor: style('.result-name').color,
      resultTransform: style('.result-name').textTransform,
      resultHeight: box('.result-button').height,
      selectBorder: style('select').borderTopStyle,
      width: box('.finder').width,
    };
    unmountAll();
    return result;
  }

  it('looks the same with Bootstrap-like resets, a 62.5% root size and !important rules', async () => {
    const normal = await measure();
    removeHostileCss = installHostileCss();
    const hostile = await measure();
    expect(hostile).toEqual(normal);
    expect(normal.inputFont).toBe('16px');
  });
});
