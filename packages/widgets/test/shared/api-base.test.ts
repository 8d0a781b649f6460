import { describe, expect, it } from 'vitest';
import { parseApiBase } from '../../src/shared/api-base.js';

const page = 'https://tiendu.bacninh.gov.vn/thu-tuc/';

describe('parseApiBase', () => {
  it('accepts an absolute https URL and drops a trailing slash', () => {
    expect(parseApiBase('https://api.test/api/v1/', 'hcc-procedure-finder', page)).toEqual({
      ok: true,
      url: 'https://api.test/api/v1',
    });
  });

  it('accepts a path from the site root', () => {
    expect(parseApiBase('/api/v1', 'hcc-procedure-finder', page)).toEqual({
      ok: true,
      url: 'https://tiendu.bacninh.gov.vn/api/v1',
    });
  });

  it('names the widget and the fix when the attribute is missing', () => {
    const result = parseApiBase(null, 'hcc-procedure-finder', page);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem).toContain('<hcc-procedure-finder>');
      expect(result.problem).toContain('api-base="https://');
    }
  });

  it('refuses a bare host name and says to add https://', () => {
    const result = parseApiBase('api.test/api/v1', 'hcc-dossier-tracker', page);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatch(/<hcc-dossier-tracker>.*not a URL.*https:\/\//);
  });

  it('refuses a URL that is not http(s)', () => {
    expect(parseApiBase('javascript:alert(1)', 'hcc-procedure-finder', page).ok).toBe(false);
  });
});
