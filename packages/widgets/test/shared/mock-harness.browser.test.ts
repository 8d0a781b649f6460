import { createClient, isHccError } from '@hcc/sdk';
import { afterAll, describe, expect, it } from 'vitest';
import { countRequests, fastFailingClient, mockApiBase, stopMock, useMock } from '../harness/mock.js';

afterAll(stopMock);

describe('the mock in the browser harness', () => {
  it('answers a search with real Bắc Ninh data', async () => {
    await useMock();
    const client = createClient({ baseUrl: new URL(mockApiBase, location.href).href });
    const counter = countRequests('/api/v1/procedures');
    const result = await client.procedures.search({ q: 'dang ky khai sinh', pageSize: 3 });
    expect(result.items[0]?.name).toBe('Thủ tục đăng ký khai sinh');
    expect(counter.stop()).toHaveLength(1);
  });

  it('switches to the offline scenario', async () => {
    await useMock({ scenario: 'offline' });
    const error = await fastFailingClient()
      .procedures.search({})
      .catch((caught: unknown) => caught);
    expect(isHccError(error) && error.kind).toBe('network');
  });
});
