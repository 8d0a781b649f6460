import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, vi } from 'vitest';
import { type HccError, isHccError } from '../../src/client/errors.js';
import type { Dossier, ProcedureSummary } from '../../src/client/types.js';

export const baseUrl = 'https://api.test/api/v1';
export const url = (path: string) => `${baseUrl}${path}`;

export const server = setupServer();

/** Serves the test file's handlers; each test starts with none, real timers and no spies. */
export function useMockApi(): void {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });
  afterAll(() => server.close());
}

export function problem(status: number, title: string, extra: Record<string, unknown> = {}, headers: HeadersInit = {}) {
  return HttpResponse.json(
    { type: `https://hcc.example/problems/${status}`, title, status, ...extra },
    { status, headers: { 'Content-Type': 'application/problem+json', ...headers } },
  );
}

/** The `HccError` a call rejects with; fails the test when it resolves or rejects with anything else. */
export async function rejection(promise: Promise<unknown>): Promise<HccError> {
  const error = await promise.then(
    () => new Error('expected the call to fail'),
    (e: unknown) => e,
  );
  expect(isHccError(error)).toBe(true);
  return error as HccError;
}

/** A procedure summary of the commune level, online in full; `extra` overrides any member. */
export function summary(code: string, name: string, extra: Partial<ProcedureSummary> = {}): ProcedureSummary {
  return {
    code,
    name,
    fields: ['Hộ tịch'],
    levels: ['commune'],
    audience: ['citizen'],
    onlineLevel: 'full',
    processingTime: { value: 1, unit: 'working-day' },
    sampleData: false,
    ...extra,
  };
}

export const dossier: Dossier = {
  code: '000.00.14.H56-250612-0118',
  status: { code: 4, key: 'processing', label: { vi: 'Đang xử lý', en: 'Being processed' } },
  procedure: { code: '1.001193', name: 'Thủ tục đăng ký khai sinh' },
  agency: {
    id: 'xa-tien-du',
    identifier: '000.75.30.H56',
    name: 'Xã Tiên Du',
    level: 'commune',
    former: false,
    validTo: null,
  },
  channel: 'online',
  applicant: { name: 'Nguyễn V*** A' },
  receivedAt: '2025-06-12T09:30:00+07:00',
  appointmentDate: '2025-06-13',
  finishedAt: null,
  returnedAt: null,
  processingTime: { value: 1, unit: 'working-day' },
  timeliness: {
    state: 'pending',
    workingDaysLeft: 1,
    pausedForSupplement: false,
    supplementCount: 0,
    effectiveDueDate: '2025-06-13',
  },
  supplements: [],
  steps: [],
  rating: { canRate: false, ratedAt: null },
};

/** Counts the requests that reach a handler. */
export function counted<T extends (...args: never[]) => unknown>(resolver: T) {
  const calls: Parameters<T>[] = [];
  const wrapped = ((...args: Parameters<T>) => {
    calls.push(args);
    return resolver(...args);
  }) as T;
  return { calls, resolver: wrapped };
}

export { http, HttpResponse };
