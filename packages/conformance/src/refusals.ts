import { expect, it } from 'vitest';

const problemType = (kind: string) => expect.stringMatching(new RegExp(`/problems/${kind}$`));

/**
 * What every implementation refuses, and how: a method the path does not take, a body over the limit, a path
 * nobody serves. Called inside {@link describeConformance}'s block, with its target's base URL.
 */
export function itRefusesAsTheContractSays(baseUrl: () => string) {
  it('answers a method a path does not take with 405, Allow and a problem naming it', async () => {
    const response = await fetch(`${baseUrl()}/procedures`, { method: 'DELETE' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toMatch(/\bGET\b/);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const body = await response.json();
    expect(body.type).toEqual(problemType('method-not-allowed'));
    expect(body.detail).toContain('DELETE');
  });

  it('answers HEAD like GET, without a body', async () => {
    const head = await fetch(`${baseUrl()}/fields`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await head.text()).toBe('');
  });

  it('refuses a body over 64 kB with 413 before reading the rest', async () => {
    const response = await fetch(`${baseUrl()}/feedback`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ useful: true, pageUrl: 'https://bacninh.gov.vn/', comment: 'x'.repeat(70_000) }),
    });
    expect(response.status).toBe(413);
    const body = await response.json();
    expect(body.type).toEqual(problemType('content-too-large'));
    expect(body.status).toBe(413);
  });

  it('answers a body that is not JSON with a 400 problem', async () => {
    const response = await fetch(`${baseUrl()}/feedback`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"useful": tru',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
  });
}
