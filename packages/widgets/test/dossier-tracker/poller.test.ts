import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Poller, parsePollMinutes } from '../../src/dossier-tracker/poller.js';

/** Just enough of a Lit host to attach a controller to. */
function fakeHost(): ReactiveControllerHost & { controllers: ReactiveController[] } {
  const controllers: ReactiveController[] = [];
  return {
    controllers,
    addController: (controller) => controllers.push(controller),
    removeController: () => undefined,
    requestUpdate: () => undefined,
    updateComplete: Promise.resolve(true),
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the poll attribute', () => {
  it.each([
    ['5', 5],
    ['0.5', 1],
    [2, 2],
  ] as const)('reads %j as every %i minutes', (value, minutes) => {
    expect(parsePollMinutes(value)).toBe(minutes);
  });

  it.each([null, undefined, '', '0', '-3', 'often'])('turns polling off for %j', (value) => {
    expect(parsePollMinutes(value)).toBeNull();
  });
});

describe('the poller', () => {
  it('refreshes every N minutes until stopped', () => {
    vi.useFakeTimers();
    const refresh = vi.fn();
    const poller = new Poller(fakeHost(), refresh);
    poller.set(2);
    vi.advanceTimersByTime(119_999);
    expect(refresh).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    vi.advanceTimersByTime(120_000);
    expect(refresh).toHaveBeenCalledTimes(2);
    poller.set(null);
    vi.advanceTimersByTime(600_000);
    expect(refresh).toHaveBeenCalledTimes(2);
  });

  it('keeps its clock when set to the same interval again', () => {
    vi.useFakeTimers();
    const refresh = vi.fn();
    const poller = new Poller(fakeHost(), refresh);
    poller.set(1);
    vi.advanceTimersByTime(45_000);
    poller.set(1);
    vi.advanceTimersByTime(15_000);
    expect(refresh).toHaveBeenCalledOnce();
  });

  it('stops when the element leaves the page', () => {
    vi.useFakeTimers();
    const host = fakeHost();
    const refresh = vi.fn();
    new Poller(host, refresh).set(1);
    for (const controller of host.controllers) controller.hostDisconnected?.();
    vi.advanceTimersByTime(300_000);
    expect(refresh).not.toHaveBeenCalled();
  });

  it('releases its timer at once when the element leaves the page', () => {
    vi.useFakeTimers();
    const host = fakeHost();
    new Poller(host, vi.fn()).set(1);
    expect(vi.getTimerCount()).toBe(1);
    for (const controller of host.controllers) controller.hostDisconnected?.();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('polls on schedule again when the same element comes back to the page', () => {
    vi.useFakeTimers();
    const host = fakeHost();
    const refresh = vi.fn();
    new Poller(host, refresh).set(1);
    vi.advanceTimersByTime(30_000);
    for (const controller of host.controllers) controller.hostDisconnected?.();
    vi.advanceTimersByTime(300_000);
    for (const controller of host.controllers) controller.hostConnected?.();
    vi.advanceTimersByTime(59_999);
    expect(refresh).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(refresh).toHaveBeenCalledOnce();
  });

  it('does not start polling on coming back when polling was stopped', () => {
    vi.useFakeTimers();
    const host = fakeHost();
    const poller = new Poller(host, vi.fn());
    poller.set(1);
    poller.set(null);
    for (const controller of host.controllers) controller.hostDisconnected?.();
    for (const controller of host.controllers) controller.hostConnected?.();
    expect(vi.getTimerCount()).toBe(0);
  });
});
