import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createProcedureIndex } from '../../src/search/index.js';
import { Vocabulary } from '../../src/search/vocabulary.js';

/** The Bắc Ninh catalogue the mock serves: the forgiving readings are about real names. */
const catalogue = JSON.parse(
  readFileSync(new URL('../../../mock-server/data/procedures.json', import.meta.url), 'utf8'),
) as { code: string; name: string; fields: string[] }[];
const index = createProcedureIndex(catalogue);
const codesFor = (query: string, limit = 5) => index.search(query, { limit }).map((hit) => hit.code);
const firstCode = (query: string) => codesFor(query, 1)[0];

describe('typed with the input method off', () => {
  it('finds "Thủ tục đăng ký khai sinh" for "ddawng kys khai sinh" (Telex)', () => {
    expect(firstCode('ddawng kys khai sinh')).toBe('1.001193');
  });

  it('finds "Đăng ký thường trú" for "ddawng kys thuwowngf truws" (Telex)', () => {
    expect(firstCode('ddawng kys thuwowngf truws')).toBe('1.004222');
  });

  it('finds "Đổi giấy phép lái xe" for "ddooir giaays phesp lasi xe" (Telex, tone keys anywhere after the vowel)', () => {
    expect(firstCode('ddooir giaays phesp lasi xe')).toBe('3.000347');
  });

  it('finds "Thủ tục đăng ký kết hôn" for "dang9 ky1 ket61 hon6" (VNI)', () => {
    expect(firstCode('dang9 ky1 ket61 hon6')).toBe('1.000894');
  });

  it('answers "dang9 ky1 tam5 tru1" as it answers "đăng ký tạm trú"', () => {
    expect(codesFor('dang9 ky1 tam5 tru1')).toEqual(codesFor('đăng ký tạm trú'));
  });

  it('keeps numbers: "cap the can cuoc cho nguoi duoi 14 tuoi" finds the card for under-14s', () => {
    expect(firstCode('cap the can cuoc cho nguoi duoi 14 tuoi')).toBe('1.014062');
  });
});

describe('words run together or split', () => {
  it.each([
    ['hokhau', '1.004222'], // Đăng ký thường trú
    ['dangkykethon', '1.000894'], // Thủ tục đăng ký kết hôn
    ['trocap thatnghiep', '1.014748'], // Hưởng trợ cấp thất nghiệp
    ['capdoi thecancuoc', '1.014063'], // Cấp đổi thẻ căn cước
    ['giay phep kara oke', '1.001029'], // … kinh doanh dịch vụ karaoke
    ['dang ky thuo ng tru', '1.004222'], // Đăng ký thường trú
  ])('finds %s → %s first', (query, code) => {
    expect(firstCode(query)).toBe(code);
  });

  it('reads "baohiemyte" as "bảo hiểm y tế"', () => {
    expect(codesFor('baohiemyte')).toEqual(codesFor('bao hiem y te'));
  });
});

describe('typos', () => {
  it('finds karaoke licences for "giay phep karokee" (two typos in a long word)', () => {
    expect(firstCode('giay phep karokee')).toBe('1.001029');
  });

  it('finds "Thủ tục đăng ký khai sinh" for "dangkykhiasihn" (a typo in each of two words run together)', () => {
    expect(firstCode('dangkykhiasihn')).toBe('1.001193');
  });

  it('allows two typos in words of 7 letters or more, one in words of 4 to 6, none in shorter ones', () => {
    const vocabulary = new Vocabulary();
    for (const word of ['karaoke', 'sinh', 'tru']) vocabulary.add(word);
    vocabulary.freeze();
    const found = (word: string) => vocabulary.candidates(word, false).map(({ termId }) => vocabulary.terms[termId]);
    expect(found('karokee')).toEqual(['karaoke']);
    expect(found('sihn')).toEqual(['sinh']);
    expect(found('snhi')).toEqual([]); // two typos in a syllable: too ambiguous
    expect(found('tri')).toEqual([]);
  });
});

describe('everyday words for a need', () => {
  it.each([
    ['lam lai can cuoc', '1.014064'], // Cấp lại thẻ căn cước
    ['bao tu nguoi than mat', '1.000656'], // Thủ tục đăng ký khai tử
    ['bo toi mat can lam thu tuc gi', '1.000656'],
    ['xin so do', '1.115443 1.012753 1.115435 1.115442'], // Đăng ký đất đai … cấp Giấy chứng nhận … lần đầu …
    ['mat so do', '1.115465'], // Cấp lại Giấy chứng nhận do bị mất
    ['sang ten so do', '1.115468 2.001035'], // Đăng ký biến động … chuyển nhượng …; Chứng thực giao dịch … quyền sử dụng đất
    ['tach so do', '1.115458'], // Tách thửa hoặc hợp thửa đất
    ['rut bhxh 1 lan', '1.014173'], // Hưởng bảo hiểm xã hội một lần
    ['bi mat viec lam', '1.014748'], // Hưởng trợ cấp thất nghiệp
    ['mo quan net', '1.013792'], // … điểm cung cấp dịch vụ trò chơi điện tử công cộng
    ['thue phong tro', '1.004194'], // Đăng ký tạm trú
    ['xin phep sua nha', '1.013229'], // Cấp giấy phép xây dựng sửa chữa, cải tạo …
    ['dang ky di bo doi', '1.013133'], // Thủ tục đăng ký nghĩa vụ quân sự lần đầu
    ['xin giay xac nhan noi o', '1.010041'], // Xác nhận thông tin về cư trú
    ['ban xe may', '1.013076'], // Cấp chứng nhận đăng ký xe, biển số xe … thay đổi chủ xe
  ])('finds %s → one of %s first', (query, codes) => {
    expect(codes.split(' ')).toContain(firstCode(query));
  });

  it('still finds the literal words: "mất" in "trình báo mất hộ chiếu" is not only "cấp lại"', () => {
    expect(firstCode('trinh bao mat ho chieu')).toMatch(/^1\.0(10386|01445)$/);
  });
});
