import { createClient } from '@hcc/sdk';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { $, mount, unmountAll } from '../harness/mount.js';
import { waitFor } from '../harness/wait.js';
import type { TestWidget } from './fixtures/test-widget.js';
import './fixtures/test-widget.js';

afterEach(() => {
  unmountAll();
  vi.restoreAllMocks();
});

describe('api-base', () => {
  it('logs a console error naming the widget and the fix when api-base is missing', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const widget = await mount<TestWidget>('<hcc-test-widget></hcc-test-widget>');
    expect(widget.sdkClient).toBeUndefined();
    expect(error).toHaveBeenCalledOnce();
    expect(String(error.mock.calls[0]?.[0])).toMatch(
      /<hcc-test-widget>.*"api-base" attribute is missing.*api-base="https:/,
    );
  });

  it('logs a console error when api-base is not a URL', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await mount('<hcc-test-widget api-base="dichvucong.bacninh.gov.vn"></hcc-test-widget>');
    expect(String(error.mock.calls[0]?.[0])).toContain('is not a URL');
  });

  it('emits hcc-error with kind "config" for a missing api-base', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const events: CustomEvent[] = [];
    const listener = (event: Event) => events.push(event as CustomEvent);
    document.addEventListener('hcc-error', listener);
    await mount('<hcc-test-widget></hcc-test-widget>');
    document.removeEventListener('hcc-error', listener);
    expect(events[0]?.detail).toMatchObject({ widget: 'hcc-test-widget', kind: 'config' });
  });

  it('shares one SDK client between widgets with the same api-base', async () => {
    const first = await mount<TestWidget>('<hcc-test-widget api-base="https://api.test/api/v1"></hcc-test-widget>');
    const second = await mount<TestWidget>('<hcc-test-widget api-base="https://api.test/api/v1/"></hcc-test-widget>');
    const other = await mount<TestWidget>('<hcc-test-widget api-base="https://other.test/api/v1"></hcc-test-widget>');
    expect(first.sdkClient).toBeDefined();
    expect(second.sdkClient).toBe(first.sdkClient);
    expect(other.sdkClient).not.toBe(first.sdkClient);
  });

  it('uses a client given as a property instead of api-base, without a console error', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const client = createClient({ baseUrl: 'https://api.test/api/v1' });
    const widget = document.createElement('hcc-test-widget') as TestWidget;
    widget.client = client;
    document.body.append(widget);
    await widget.updateComplete;
    widget.remove();
    expect(widget.sdkClient).toBe(client);
    expect(error).not.toHaveBeenCalled();
  });

  it('makes a client when api-base is set later', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const widget = await mount<TestWidget>('<hcc-test-widget></hcc-test-widget>');
    widget.setAttribute('api-base', 'https://api.test/api/v1');
    await widget.updateComplete;
    expect(widget.sdkClient).toBeDefined();
  });
});

describe('language', () => {
  // The test page itself says lang="en"; a widget's default is what it shows on a page that says nothing.
  let pageLang: string | null;
  beforeEach(() => {
    pageLang = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
  });
  afterEach(() => {
    if (pageLang !== null) document.documentElement.setAttribute('lang', pageLang);
  });

  const text = (widget: TestWidget) => $(widget, 'p')?.textContent;

  it('speaks Vietnamese on a page without lang', async () => {
    const widget = await mount<TestWidget>('<hcc-test-widget api-base="/api/v1"></hcc-test-widget>');
    expect(widget.locale).toBe('vi');
    expect(text(widget)).toBe('Xin chào · 2 kết quả');
  });

  it('follows its own lang attribute', async () => {
    const widget = await mount<TestWidget>('<hcc-test-widget api-base="/api/v1" lang="en"></hcc-test-widget>');
    expect(text(widget)).toBe('Hello · 2 results');
  });

  it("follows the nearest ancestor's lang", async () => {
    const widget = await mount<TestWidget>('<hcc-test-widget api-base="/api/v1"></hcc-test-widget>', {
      lang: 'en-GB',
    });
    expect(widget.locale).toBe('en');
  });

  it('switches language when its lang attribute changes', async () => {
    const widget = await mount<TestWidget>('<hcc-test-widget api-base="/api/v1"></hcc-test-widget>');
    widget.lang = 'en';
    await waitFor(() => text(widget)?.startsWith('Hello'));
    expect($(widget, 'button')?.textContent).toBe('Try again');
  });

  it("switches language when an ancestor's lang changes", async () => {
    const widget = await mount<TestWidget>('<hcc-test-widget api-base="/api/v1"></hcc-test-widget>', { lang: 'vi' });
    widget.parentElement?.setAttribute('lang', 'en');
    await waitFor(() => widget.locale === 'en');
    await widget.updateComplete;
    expect(text(widget)).toBe('Hello · 2 results');
  });

  it('warns about an unsupported lang and shows Vietnamese', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const widget = await mount<TestWidget>('<hcc-test-widget api-base="/api/v1" lang="fr"></hcc-test-widget>');
    expect(widget.locale).toBe('vi');
    expect(String(warn.mock.calls[0]?.[0])).toContain('lang="fr" is not supported');
  });
});

describe('events', () => {
  it('emits hcc-* events that bubble out of shadow roots with a typed detail', async () => {
    const host = await mount<HTMLDivElement>('<div></div>');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<hcc-test-widget api-base="/api/v1"></hcc-test-widget>';
    const widget = root.querySelector('hcc-test-widget') as TestWidget;
    await widget.updateComplete;
    const received = new Promise<CustomEvent>((resolve) =>
      document.addEventListener('hcc-error', (event) => resolve(event as CustomEvent), { once: true }),
    );
    widget.fire(7);
    const event = await received;
    expect(event.bubbles && event.composed).toBe(true);
    expect(event.detail).toMatchObject({ widget: 'hcc-test-widget', message: '7' });
  });
});
