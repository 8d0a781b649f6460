import { describeConformance } from '@hcc/conformance';
import { afterAll, beforeAll } from 'vitest';
import { createMockServer } from '../src/node.js';
import { BASE, testClock } from './support/api.js';

const clock = testClock();
const mock = createMockServer({ now: clock.now });
beforeAll(() => mock.listen());
afterAll(() => mock.close());

const fixture = (predicate: (fixture: (typeof mock.db.fixtures)[number]) => boolean) => {
  const found = mock.db.fixtures.find(predicate);
  if (!found) throw new Error('no such fixture dossier');
  return found;
};

// The suite the server passes too (packages/conformance): the mock's data and fixtures plugged in.
describeConformance('the mock', {
  baseUrl: () => BASE,
  dossier: () => fixture((candidate) => candidate.status === 4),
  ratable: () => fixture((candidate) => candidate.status === 10 && !candidate.traits.includes('rated')),
  stats: { agency: 'van-phong-dang-ky-dat-dai', from: '2025-07-01', to: '2026-06-30' },
});
