import { expect } from 'vitest';

/** Checks an answer is an RFC 9457 problem document of this status, and returns its body. */
export async function expectProblem(response: Response, status: number): Promise<Record<string, unknown>> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  const body = await response.json();
  expect(body).toEqual(
    expect.objectContaining({ type: expect.stringMatching(/^https:\/\/hcc\.example\/problems\//), status }),
  );
  expect(typeof body.title).toBe('string');
  return body;
}
