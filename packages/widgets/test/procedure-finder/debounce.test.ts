import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Debouncer } from '../../src/procedure-finder/debounce.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('Debouncer', () => {
  it('runs only the last action, once the keys pause', () => {
    const debouncer = new Debouncer(300);
    const searched: string[] = [];
    for (const text of ['d', 'da', 'dan', 'dang']) {
      debouncer.schedule(() => searched.push(text));
      vi.advanceTimersByTime(100);
    }
    expect(searched).toEqual([]);
    vi.advanceTimersByTime(300);
    expect(searched).toEqual(['dang']);
  });

  it('runs the pending action at once on flush, and only once', () => {
    const debouncer = new Debouncer(300);
    const action = vi.fn();
    debouncer.schedule(action);
    debouncer.flush();
    vi.advanceTimersByTime(1000);
    expect(action).toHaveBeenCalledOnce();
  });

  it('drops the pending action on cancel', () => {
    const debouncer = new Debouncer(300);
    const action = vi.fn();
    debouncer.schedule(action);
    debouncer.cancel();
    vi.advanceTimersByTime(1000);
    expect(action).not.toHaveBeenCalled();
  });
});
