import { describe, expect, it } from 'vitest';
import { dossierCodeFromPageUrl, readVerifier } from '../../src/shared/dossier-input.js';

describe('the verifier field', () => {
  it('accepts four digits, ignoring spaces', () => {
    expect(readVerifier(' 48 21 ')).toEqual({ ok: true, verifier: '4821' });
  });

  it('accepts full-width digits from a phone keyboard', () => {
    expect(readVerifier('４８２１')).toEqual({ ok: true, verifier: '4821' });
  });

  it.each([
    ['', 'empty'],
    ['482', 'not-four-digits'],
    ['48210', 'not-four-digits'],
    ['48a1', 'not-four-digits'],
  ] as const)('rejects %j because it is %s', (input, reason) => {
    expect(readVerifier(input)).toEqual({ ok: false, reason });
  });
});

describe('the page URL', () => {
  it('gives the code from ?ma-ho-so=', () => {
    expect(dossierCodeFromPageUrl('https://example.gov.vn/tra-cuu?ma-ho-so=000.00.14.H56-250612-0118')).toBe(
      '000.00.14.H56-250612-0118',
    );
  });

  it('decodes a percent-encoded code', () => {
    expect(dossierCodeFromPageUrl('https://example.gov.vn/?a=1&ma-ho-so=000.00.14.H56%2D250612%2D0118')).toBe(
      '000.00.14.H56-250612-0118',
    );
  });

  it.each(['https://example.gov.vn/tra-cuu', 'https://example.gov.vn/tra-cuu?ma-ho-so=', 'not a url'])(
    'gives null for %j',
    (url) => {
      expect(dossierCodeFromPageUrl(url)).toBeNull();
    },
  );
});
