import { describe, expect, it } from 'vitest';
import { readLocation, sameQuery, toSearchParams, writeLocation } from '../../src/procedure-finder/finder-query.js';

describe('finder query', () => {
  it('builds API parameters without empty filters, with the agency of the site', () => {
    expect(
      toSearchParams(
        { q: ' khai sinh ', field: 'ho-tich', level: undefined },
        { page: 2, pageSize: 10, agency: 'xa-tien-du' },
      ),
    ).toEqual({
      q: 'khai sinh',
      field: 'ho-tich',
      page: 2,
      pageSize: 10,
      agency: 'xa-tien-du',
    });
  });

  it('leaves q out when nothing is typed', () => {
    expect(toSearchParams({ q: '  ' }, { page: 1, pageSize: 10 })).toEqual({ page: 1, pageSize: 10 });
  });

  it('treats queries that differ only by blanks and empty filters as the same', () => {
    expect(sameQuery({ q: 'khai sinh ', field: '' }, { q: 'khai sinh' })).toBe(true);
    expect(sameQuery({ q: 'khai sinh', online: 'full' }, { q: 'khai sinh' })).toBe(false);
  });

  it('reads a deep link, ignoring values that are not filters', () => {
    expect(readLocation('?tim-kiem=khai+sinh&linh-vuc=ho-tich&truc-tuyen=full&cap=galaxy&thu-tuc=1.001193')).toEqual({
      query: { q: 'khai sinh', field: 'ho-tich', online: 'full' },
      open: '1.001193',
    });
  });

  it("writes its state into the page URL and keeps the page's own parameters and hash", () => {
    const url = writeLocation('https://tiendu.bacninh.gov.vn/tthc?trang=2&tim-kiem=old#top', {
      query: { q: 'sổ đỏ', audience: 'citizen' },
    });
    const parsed = new URL(url);
    expect(parsed.searchParams.get('trang')).toBe('2');
    expect(parsed.searchParams.get('tim-kiem')).toBe('sổ đỏ');
    expect(parsed.searchParams.get('doi-tuong')).toBe('citizen');
    expect(parsed.searchParams.has('thu-tuc')).toBe(false);
    expect(parsed.hash).toBe('#top');
  });

  it('round-trips a state through the URL', () => {
    const state = { query: { q: 'bằng lái', level: 'province' as const, online: 'partial' as const }, open: '1.002' };
    expect(readLocation(new URL(writeLocation('https://x.test/', state)).search)).toEqual(state);
  });
});
