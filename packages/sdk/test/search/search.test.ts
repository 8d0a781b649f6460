import { describe, expect, it } from 'vitest';
import { createProcedureIndex, type IndexableProcedure, procedureSynonyms } from '../../src/search/index.js';
import { foldVietnamese } from '../../src/text/index.js';
import { sampleCatalogue } from './sample-catalogue.js';

const index = createProcedureIndex(sampleCatalogue);
const codesFor = (query: string, limit = 5) => index.search(query, { limit }).map((hit) => hit.code);
const firstCode = (query: string) => codesFor(query, 1)[0];

const BIRTH = '1.001193'; // Thủ tục đăng ký khai sinh
const BIRTH_ABROAD = '2.000528'; // … có yếu tố nước ngoài
const BIRTH_AGAIN = '1.004884'; // Thủ tục đăng ký lại khai sinh

describe('createProcedureIndex', () => {
  it('finds "Thủ tục đăng ký khai sinh" for "dang ky khai sinh"', () => {
    expect(firstCode('dang ky khai sinh')).toBe(BIRTH);
  });

  it('finds it whatever the diacritics: exact, missing, wrong or NFD', () => {
    for (const query of [
      'Đăng ký khai sinh',
      'dang ky khai sinh',
      'đang kí khải sình',
      'Đăng ký khai sinh'.normalize('NFD'),
    ]) {
      expect(firstCode(query)).toBe(BIRTH);
    }
  });

  it('treats i/y spellings alike ("dang ki" = "dang ky")', () => {
    expect(codesFor('dang ki thuong tru')).toEqual(codesFor('dang ky thuong tru'));
    expect(firstCode('dang ki thuong tru')).toBe('1.004222');
  });

  it('forgives a typo in each of two words ("dang ky kahi snih")', () => {
    expect(firstCode('dang ky kahi snih')).toBe(BIRTH);
    expect(firstCode('cap lai the can cuco')).toBe('1.014064');
  });

  it('splits run-on words ("dangky khaisinh")', () => {
    expect(firstCode('dangky khaisinh')).toBe(BIRTH);
  });

  it('completes the word being typed ("dang ky khai si"), but not a finished one', () => {
    const scoreOfBirth = (query: string) => index.search(query).find((hit) => hit.code === BIRTH)?.score ?? 0;
    expect(firstCode('dang ky khai si')).toBe(BIRTH);
    expect(scoreOfBirth('dang ky khai si')).toBeGreaterThan(scoreOfBirth('dang ky khai si '));
  });

  it('ignores word order ("khai sinh dang ky")', () => {
    expect(firstCode('khai sinh dang ky')).toBe(BIRTH);
  });

  it('ranks the general procedure before its rare variants', () => {
    const codes = codesFor('dang ky khai sinh', 10);
    expect(codes.indexOf(BIRTH)).toBe(0);
    expect(codes.indexOf(BIRTH)).toBeLessThan(codes.indexOf(BIRTH_ABROAD));
    expect(codes.indexOf(BIRTH)).toBeLessThan(codes.indexOf(BIRTH_AGAIN));
    expect(codes.indexOf('2.000806')).toBe(-1); // kết hôn is not khai sinh
  });

  it('ranks a whole-phrase match before the same words scattered', () => {
    const codes = codesFor('cap lai chung chi');
    expect(codes.indexOf('1.000802')).toBeLessThan(codes.indexOf('2.002850')); // "Cấp lại Chứng chỉ …" vs "Cấp lại văn bằng, chứng chỉ"
  });

  describe('filler words', () => {
    it('finds birth registration for "lam giay khai sinh cho con"', () => {
      expect(firstCode('lam giay khai sinh cho con')).toBe(BIRTH);
    });

    it('finds residence registration for "thu tuc dang ky thuong tru o dau"', () => {
      expect(firstCode('thu tuc dang ky thuong tru o dau')).toBe('1.004222');
    });

    it('searches the filler words themselves when nothing else is typed ("thủ tục")', () => {
      expect(codesFor('thủ tục', 50)).toContain(BIRTH);
    });

    it('still finds a content word that folds like a filler ("lam nghiep" → lâm nghiệp)', () => {
      expect(firstCode('lam nghiep')).toBe('3.000198');
    });
  });

  describe('everyday words and abbreviations', () => {
    it.each([
      ['doi bang lai', '3.000347'],
      ['GPLX bi mat lam lai', '3.000348'],
      ['cấp đổi sổ đỏ', '1.115464'],
      ['so hong', '1.115464'],
      ['nhap ho khau', '1.004222'],
      ['cat ho khau', '1.003197'],
      ['doi cccd', '1.014063'],
      ['lam lai CMND', '1.014064'],
      ['dkkd ho kinh doanh', '1.001612'],
      ['mo cong ty', '2.001610'],
      ['cong chung ban sao', '2.000815'],
      ['xin phep xay nha', '1.013225'],
      ['lam ho chieu', '1.001456'],
      ['giay xac nhan doc than', '1.004873'],
      ['sua ten trong giay khai sinh', '1.004859'],
    ])('finds %s → %s first', (query, code) => {
      expect(firstCode(query)).toBe(code);
    });

    it('keeps the literal meaning too: "công chứng viên" is not rewritten away', () => {
      expect(firstCode('the cong chung vien')).toBe('1.013859');
    });

    it('publishes a synonym table whose official phrases are written in Vietnamese', () => {
      expect(procedureSynonyms.length).toBeGreaterThan(20);
      for (const rule of procedureSynonyms) {
        expect(rule.everyday.length).toBeGreaterThan(0);
        for (const phrase of rule.official) expect(foldVietnamese(phrase)).toMatch(/^[a-z ]+$/);
      }
    });
  });

  describe('procedure codes', () => {
    it('finds a procedure by its whole code', () => {
      expect(index.search('1.001193')).toEqual([expect.objectContaining({ code: BIRTH, score: 1 })]);
    });

    it('finds a procedure by the number after the dot', () => {
      expect(firstCode('001193')).toBe(BIRTH);
    });

    it('lists the procedures whose code starts with a partial code, and only those', () => {
      const codes = codesFor('1.0011', 10);
      expect(codes.sort()).toEqual(['1.001104', '1.001117', '1.001122', '1.001193']);
    });

    it('searches words when a number is not a code ("dưới 14 tuổi")', () => {
      expect(firstCode('can cuoc tu du 14 tuoi')).toBe('1.014061');
    });
  });

  describe('highlights', () => {
    it('gives the ranges of the matched words in the original accented name', () => {
      const [hit] = index.search('dang ky khai sinh');
      const name = hit?.procedure.name ?? '';
      expect(hit?.highlights.map(([start, end]) => name.slice(start, end))).toEqual(['đăng', 'ký', 'khai', 'sinh']);
    });

    it('highlights the official words a synonym matched', () => {
      const [hit] = index.search('doi bang lai');
      const name = hit?.procedure.name ?? '';
      expect(hit?.highlights.map(([start, end]) => name.slice(start, end))).toEqual([
        'Đổi',
        'giấy',
        'phép',
        'lái',
        'xe',
      ]);
    });

    it('highlights nothing for a match by code', () => {
      expect(index.search('1.001193')[0]?.highlights).toEqual([]);
    });

    it('gives ranges in an NFD name', () => {
      const name = 'Đăng ký tạm trú'.normalize('NFD');
      const [hit] = createProcedureIndex([{ code: '1.004194', name }]).search('tam tru');
      expect(hit?.highlights.map(([start, end]) => name.slice(start, end).normalize('NFC'))).toEqual(['tạm', 'trú']);
    });
  });

  describe('options and results', () => {
    it('returns results best first with scores in (0, 1]', () => {
      const hits = index.search('dang ky khai sinh', { limit: 10 });
      expect(hits.length).toBeGreaterThan(3);
      for (const [position, hit] of hits.entries()) {
        expect(hit.score).toBeGreaterThan(0);
        expect(hit.score).toBeLessThanOrEqual(1);
        if (position > 0) expect(hit.score).toBeLessThanOrEqual(hits[position - 1]?.score ?? 0);
      }
    });

    it('returns at most `limit` results, 20 by default, every match with Infinity', () => {
      const catalogue = Array.from({ length: 30 }, (_, n) => ({
        code: `9.${String(n).padStart(6, '0')}`,
        name: `Đăng ký tạm trú ${n}`,
      }));
      const many = createProcedureIndex(catalogue);
      expect(many.search('tam tru', { limit: 3 })).toHaveLength(3);
      expect(many.search('tam tru')).toHaveLength(20);
      expect(many.search('tam tru', { limit: Number.POSITIVE_INFINITY })).toHaveLength(30);
      expect(many.search('tam tru', { limit: 0 })).toEqual([]);
    });

    it('keeps only the procedures the filter accepts', () => {
      const hits = index.search('dang ky', {
        limit: Number.POSITIVE_INFINITY,
        filter: (procedure) => procedure.fields?.includes('Hộ tịch') ?? false,
      });
      expect(hits.length).toBeGreaterThan(0);
      for (const hit of hits) expect(hit.procedure.fields).toContain('Hộ tịch');
      expect(hits.map((hit) => hit.code)).not.toContain('1.004222');
    });

    it('returns the indexed objects with their own type', () => {
      interface Summary extends IndexableProcedure {
        level: 'province' | 'commune';
      }
      const summaries: Summary[] = [{ code: '1.004194', name: 'Đăng ký tạm trú', level: 'commune' }];
      const [hit] = createProcedureIndex(summaries).search('tam tru');
      expect(hit?.procedure.level).toBe('commune');
    });

    it('finds a procedure by its field and keywords, below name matches', () => {
      const catalogue = [
        { code: '1', name: 'Cấp bản sao trích lục', fields: ['Hộ tịch'] },
        { code: '2', name: 'Đăng ký hộ tịch khác', fields: ['Hộ tịch'] },
        { code: '3', name: 'Cấp thẻ', keywords: ['thẻ xanh'] },
      ];
      const tagged = createProcedureIndex(catalogue);
      expect(tagged.search('ho tich').map((hit) => hit.code)).toEqual(['2', '1']);
      expect(tagged.search('the xanh')[0]?.code).toBe('3');
    });

    it('returns nothing for an empty query, punctuation or unknown words', () => {
      expect(index.search('')).toEqual([]);
      expect(index.search(' ,.; ')).toEqual([]);
      expect(index.search('xyzzyq')).toEqual([]);
    });

    it('indexes an empty catalogue', () => {
      const empty = createProcedureIndex([]);
      expect(empty.size).toBe(0);
      expect(empty.search('khai sinh')).toEqual([]);
    });

    it('gives the same answer to the same query twice (no state leaks between searches)', () => {
      const first = index.search('dang ky khai sinh');
      index.search('so do');
      expect(index.search('dang ky khai sinh')).toEqual(first);
    });
  });
});
