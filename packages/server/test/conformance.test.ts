import { describeConformance } from '@hcc/conformance';
import { afterAll, beforeAll, describe } from 'vitest';
import { DB_KINDS } from './support/databases.js';
import { TEST_DOSSIERS, verifierOf } from './support/national-items.js';
import { startTestServer, type TestServer } from './support/test-server.js';

const known = (dossier: (typeof TEST_DOSSIERS)[keyof typeof TEST_DOSSIERS]) => ({
  code: dossier.code,
  verifier: verifierOf(dossier),
  status: dossier.status,
});

// The mock's contract suite (packages/conformance), against the server on each database over real HTTP.
describe.each(DB_KINDS)('on %s', (kind) => {
  let server: TestServer;
  let base = '';
  beforeAll(async () => {
    server = await startTestServer(kind);
    base = `${await server.app.listen({ port: 0, host: '127.0.0.1' })}/api/v1`;
  });
  afterAll(() => server.close());

  describeConformance('the server', {
    baseUrl: () => base,
    dossier: () => known(TEST_DOSSIERS.processing),
    ratable: () => known(TEST_DOSSIERS.returned),
    stats: { agency: 'xa-tien-du', from: '2026-11-01', to: '2026-11-30' },
  });
});
