import { describe, expect, it } from 'vitest';
import { dossierFromPageUrl } from '../../src/satisfaction-survey/dossier-from-page.js';

describe('dossierFromPageUrl', () => {
  it('reads the code a link carries in ?ma-ho-so=', () => {
    expect(dossierFromPageUrl('https://tiendu.bacninh.gov.vn/danh-gia?ma-ho-so=000.00.14.H56-250612-0118')).toBe(
      '000.00.14.H56-250612-0118',
    );
  });

  it.each(['https://a.gov.vn/danh-gia', 'https://a.gov.vn/danh-gia?ma-ho-so=%20%20', 'not a url'])(
    'finds none in %j',
    (href) => {
      expect(dossierFromPageUrl(href)).toBeUndefined();
    },
  );
});
