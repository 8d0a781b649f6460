import { describe, expect, it } from 'vitest';
import { buildUrl } from '../../src/client/url.js';

describe('buildUrl', () => {
  it('fills and encodes path parameters, and drops the base URL’s trailing slashes', () => {
    expect(buildUrl('https://a.gov.vn/api/v1//', '/dossiers/{code}', { code: '000.00.14.H56-250612-0118/x' })).toBe(
      'https://a.gov.vn/api/v1/dossiers/000.00.14.H56-250612-0118%2Fx',
    );
  });

  it('writes the defined query parameters in name order, so the same ones in any order give one URL', () => {
    const a = buildUrl('https://a.gov.vn/api/v1', '/procedures', {}, { q: 'khai sinh', page: 2, level: undefined });
    const b = buildUrl('https://a.gov.vn/api/v1', '/procedures', {}, { page: 2, q: 'khai sinh' });
    expect(a).toBe('https://a.gov.vn/api/v1/procedures?page=2&q=khai+sinh');
    expect(b).toBe(a);
  });

  it('writes no question mark without a query', () => {
    expect(buildUrl('https://a.gov.vn/api/v1', '/fields', {}, { at: undefined })).toBe(
      'https://a.gov.vn/api/v1/fields',
    );
  });
});
