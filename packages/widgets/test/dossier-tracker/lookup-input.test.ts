import { describe, expect, it } from 'vitest';
import { readLookupInput } from '../../src/dossier-tracker/lookup-input.js';

const readCode = (raw: string) => {
  const input = readLookupInput(raw, '4821');
  return input.ok ? { ok: true, code: input.code } : { ok: false, reason: input.codeProblem };
};

describe('the dossier-code field', () => {
  it('accepts a code typed in lower case with spaces around the separators', () => {
    expect(readCode(' 000.00.14.h56 - 250612 - 0118 ')).toEqual({ ok: true, code: '000.00.14.H56-250612-0118' });
  });

  it('accepts a receipt URL pasted from the QR code', () => {
    expect(readCode('https://dichvucong.bacninh.gov.vn/tra-cuu?ma-ho-so=000.00.14.H56-250612-0118&x=1')).toEqual({
      ok: true,
      code: '000.00.14.H56-250612-0118',
    });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['000.00', 'too-short'],
    ['000.00.14.H56/250612/0118', 'bad-format'],
    ['000.00.14.H56-251332-0118', 'bad-date'],
  ] as const)('rejects %j before any request, because it is %s', (input, reason) => {
    expect(readCode(input)).toEqual({ ok: false, reason });
  });
});

describe('the whole form', () => {
  it('gives the canonical code and the verifier when both are valid', () => {
    expect(readLookupInput('000.00.14.h56-250612-0118', '4821')).toEqual({
      ok: true,
      code: '000.00.14.H56-250612-0118',
      verifier: '4821',
    });
  });

  it('reports a problem with each field at once', () => {
    expect(readLookupInput('abc', '')).toEqual({ ok: false, codeProblem: 'too-short', verifierProblem: 'empty' });
  });

  it('reports only the field that is wrong', () => {
    expect(readLookupInput('000.00.14.H56-250612-0118', '12')).toEqual({
      ok: false,
      codeProblem: null,
      verifierProblem: 'not-four-digits',
    });
  });
});
