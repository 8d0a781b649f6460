import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDossierCode, isDossierCode, parseDossierCode } from '../../src/domain/dossier-code.js';

const CODE = '000.00.14.H56-200203-0118';
const PARSED = {
  ok: true,
  code: CODE,
  agencyId: '000.00.14.H56',
  receivedOn: '2020-02-03',
  sequence: 118,
};

describe('parseDossierCode', () => {
  it('splits a canonical code into agency, receipt date and running number', () => {
    expect(parseDossierCode(CODE)).toEqual(PARSED);
  });

  it('accepts lower case, spaces around separators and en/em dashes', () => {
    expect(parseDossierCode('  000.00.14.h56 – 200203 — 0118 ')).toEqual(PARSED);
    expect(parseDossierCode('000. 00. 14. H56-200203-0118')).toEqual(PARSED);
  });

  it('accepts full-width characters typed on a phone keyboard', () => {
    expect(parseDossierCode('０００.００.１４.Ｈ５６－２００２０３－０１１８')).toEqual(PARSED);
  });

  it('finds the code in a scanned QR URL with ma-ho-so or code parameters', () => {
    expect(parseDossierCode(`https://dichvucong.bacninh.gov.vn/tra-cuu?ma-ho-so=${CODE}&x=1`)).toEqual(PARSED);
    expect(parseDossierCode(`https://dichvucong.bacninh.gov.vn/tra-cuu?code=${CODE}`)).toEqual(PARSED);
    expect(parseDossierCode(`https://example.vn/?code=${encodeURIComponent('000.00.14.H56–200203–0118')}`)).toEqual(
      PARSED,
    );
  });

  it('finds the code in a receipt line "Mã hồ sơ: …"', () => {
    expect(parseDossierCode(`Mã hồ sơ: ${CODE}`)).toEqual(PARSED);
    expect(parseDossierCode(`Số biên nhận:${CODE}. Ngày hẹn trả: 10/02/2020`)).toEqual(PARSED);
  });

  it('keeps running numbers longer than four digits', () => {
    expect(parseDossierCode('000.21.15.H56-241231-123456')).toMatchObject({
      code: '000.21.15.H56-241231-123456',
      receivedOn: '2024-12-31',
      sequence: 123456,
    });
  });

  it('says "empty" for blank input', () => {
    expect(parseDossierCode('   ')).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('says "too-short" for an input shorter than any code', () => {
    expect(parseDossierCode('H56-0118')).toMatchObject({ ok: false, reason: 'too-short' });
  });

  it('says "bad-format" when no code shape is present', () => {
    expect(parseDossierCode('000.00.14.H56/200203/0118')).toMatchObject({ ok: false, reason: 'bad-format' });
    expect(parseDossierCode('000.00.14.H56-200203-018')).toMatchObject({ ok: false, reason: 'bad-format' });
    expect(parseDossierCode('H56-200203-0118 ABCDEFGH')).toMatchObject({ ok: false, reason: 'bad-format' });
  });

  it('rejects impossible receipt dates such as 30 February 2025 with "bad-date"', () => {
    const result = parseDossierCode('000.00.14.H56-250230-0001');
    expect(result).toMatchObject({ ok: false, reason: 'bad-date' });
    expect(result.ok ? '' : result.message).toContain('250230');
    expect(parseDossierCode('000.00.14.H56-241301-0001')).toMatchObject({ reason: 'bad-date' });
    expect(parseDossierCode('000.00.14.H56-240229-0001')).toMatchObject({ ok: true, receivedOn: '2024-02-29' });
    expect(parseDossierCode('000.00.14.H56-230229-0001')).toMatchObject({ reason: 'bad-date' });
  });
});

describe('isDossierCode', () => {
  it('accepts a code alone, whatever its case and spacing', () => {
    expect(isDossierCode(CODE)).toBe(true);
    expect(isDossierCode(' 000.00.14.h56 - 200203 - 0118 ')).toBe(true);
  });

  it('rejects a code inside other text, and invalid dates', () => {
    expect(isDossierCode(`Mã hồ sơ: ${CODE}`)).toBe(false);
    expect(isDossierCode('000.00.14.H56-250230-0001')).toBe(false);
  });
});

describe('formatDossierCode', () => {
  it('pads the running number to four digits and upper-cases the agency', () => {
    expect(formatDossierCode({ agencyId: '000.00.14.h56', receivedOn: '2020-02-03', sequence: 118 })).toBe(CODE);
  });

  it('throws a RangeError for a malformed agency, date or sequence', () => {
    expect(() => formatDossierCode({ agencyId: 'H56', receivedOn: '2020-02-03', sequence: 1 })).toThrow(RangeError);
    expect(() => formatDossierCode({ agencyId: 'A.B', receivedOn: '2025-02-30', sequence: 1 })).toThrow(RangeError);
    expect(() => formatDossierCode({ agencyId: 'A.B', receivedOn: '2020-02-03', sequence: -1 })).toThrow(RangeError);
  });
});

const alphanumeric = fc.stringMatching(/^[0-9A-Z]{1,4}$/);
const validParts = fc.record({
  agencyId: fc.array(alphanumeric, { minLength: 2, maxLength: 5 }).map((groups) => groups.join('.')),
  receivedOn: fc
    .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10)),
  sequence: fc.integer({ min: 0, max: 999_999 }),
});

function randomCase(text: string, flips: boolean[]): string {
  return [...text].map((char, index) => (flips[index % flips.length] ? char.toLowerCase() : char)).join('');
}

describe('dossier code properties', () => {
  it('any valid code survives a round trip through random case, spaces, dashes and a surrounding URL', () => {
    fc.assert(
      fc.property(
        validParts,
        fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
        fc.constantFrom('-', ' - ', '–', ' — '),
        fc.constantFrom('', 'Mã hồ sơ: ', 'https://dichvucong.bacninh.gov.vn/tra-cuu?ma-ho-so=', '?code='),
        fc.constantFrom('', ' ', '&x=1', '.'),
        (parts, flips, dash, prefix, suffix) => {
          const code = formatDossierCode(parts);
          const mangled = prefix + randomCase(code, flips).replaceAll('-', dash) + suffix;
          const parsed = parseDossierCode(mangled);
          expect(parsed).toEqual({
            ok: true,
            code,
            agencyId: parts.agencyId,
            receivedOn: parts.receivedOn,
            sequence: parts.sequence,
          });
        },
      ),
    );
  });

  it('garbage never throws and always gives a reason or a valid code', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.stringMatching(/^[0-9A-Z.\- %]{0,40}$/)),
        (text) => {
          const result = parseDossierCode(text);
          if (result.ok) expect(isDossierCode(result.code)).toBe(true);
          else expect(['empty', 'too-short', 'bad-format', 'bad-date']).toContain(result.reason);
        },
      ),
    );
  });

  it('non-string input from untyped callers gives "empty" instead of throwing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.constant(null), fc.constant(undefined), fc.object()), (value) => {
        expect(parseDossierCode(value as unknown as string)).toMatchObject({ ok: false, reason: 'empty' });
      }),
    );
  });
});
