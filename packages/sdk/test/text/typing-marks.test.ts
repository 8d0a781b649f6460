import { describe, expect, it } from 'vitest';
import { decodeTypingMarks } from '../../src/text/typing-marks.js';

describe('decodeTypingMarks', () => {
  it.each([
    ['ddawng', 'dang'], // đăng
    ['kys', 'ki'], // ký, folded like kí
    ['giaays', 'giay'], // giấy
    ['phesp', 'phep'], // phép: the tone key typed before the final consonant
    ['thuwowngf', 'thuong'], // thường
    ['nguwowif', 'nguoi'], // người
    ['hoon', 'hon'], // hôn
    ['tw', 'tu'], // tư: a lone w is ư
  ])('reads the Telex keys "%s" as "%s"', (typed, meant) => {
    expect(decodeTypingMarks(typed)).toBe(meant);
  });

  it.each([
    ['dang9', 'dang'], // đang, the mark typed at the end of the word
    ['d9a8ng', 'dang'], // đăng, each mark after its letter
    ['ky1', 'ki'], // ký
    ['cuoc71', 'cuoc'], // cước
    ['ket61', 'ket'], // kết
  ])('reads the VNI keys "%s" as "%s"', (typed, meant) => {
    expect(decodeTypingMarks(typed)).toBe(meant);
  });

  it('leaves numbers alone, also when letters follow them', () => {
    expect(decodeTypingMarks('14')).toBeUndefined();
    expect(decodeTypingMarks('2025')).toBeUndefined();
    expect(decodeTypingMarks('14tuoi')).toBeUndefined();
  });

  it('says there is nothing to decode in a word without keys', () => {
    for (const word of ['khai', 'sinh', 'xe', 'ban', 'an', 'truong']) expect(decodeTypingMarks(word)).toBeUndefined();
  });
});
