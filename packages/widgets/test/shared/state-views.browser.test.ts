import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../harness/axe.js';
import { $, mount, unmountAll } from '../harness/mount.js';
import { waitFor } from '../harness/wait.js';
import type { StatesWidget } from './fixtures/states-widget.js';
import './fixtures/states-widget.js';

afterEach(unmountAll);

async function states(state: string, lang = 'vi') {
  return mount<StatesWidget>(
    `<hcc-states-widget api-base="/api/v1" lang="${lang}" state="${state}"></hcc-states-widget>`,
  );
}

describe('shared state views', () => {
  it('shows a spinner with a status text while loading', async () => {
    const widget = await states('loading');
    expect($(widget, '[role="status"].loading')?.textContent).toContain('Đang tải…');
  });

  it('shows the human message of a 503 with its wait time and a retry button that works', async () => {
    const widget = await states('error', 'en');
    expect($(widget, '.error')?.textContent).toContain('Please try again in 30 seconds.');
    $(widget, 'button.retry')?.click();
    expect(widget.retries).toBe(1);
  });

  it('shows the offline state with a retry button', async () => {
    const widget = await states('offline');
    expect($(widget, '.offline')?.textContent).toContain('Không có kết nối mạng');
    expect($(widget, 'button.retry')?.textContent?.trim()).toBe('Thử lại');
  });

  it.each(['loading', 'error', 'offline', 'empty'])('has no axe violations in the %s state', async (state) => {
    await expectNoAxeViolations(await states(state));
  });

  it.each(['error', 'offline', 'empty'])('has no axe violations in the %s state in dark mode', async (state) => {
    const widget = await states(state);
    widget.setAttribute('theme', 'dark');
    await expectNoAxeViolations(widget);
  });
});

describe('Announcer', () => {
  it('puts the message in a polite live region', async () => {
    const widget = await states('empty');
    widget.say('12 thủ tục');
    await waitFor(() => $(widget, '[aria-live="polite"]')?.textContent === '12 thủ tục');
  });

  it('announces the same message again by emptying the region first', async () => {
    const widget = await states('empty');
    const region = () => $(widget, '[aria-live="polite"]')?.textContent;
    widget.say('3 thủ tục');
    await waitFor(() => region() === '3 thủ tục');
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(region() ?? ''));
    observer.observe(widget.shadowRoot as ShadowRoot, { subtree: true, characterData: true, childList: true });
    widget.say('3 thủ tục');
    await waitFor(() => seen.includes('') && region() === '3 thủ tục');
    observer.disconnect();
  });
});
