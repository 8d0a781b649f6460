import { describe, expect, it } from 'vitest';
import { readWords, type WordKnowledge } from '../../src/search/query-words.js';

const known = new Set([
  'ban',
  'an',
  'dang',
  'ki',
  'ke',
  'ket',
  'hon',
  'thon',
  'khai',
  'sinh',
  'y',
  'te',
  'karaoke',
  '14',
]);
const neighbours = new Set(['dang ki', 'ki ket', 'ket hon', 'khai sinh', 'y te']);
const knowledge: WordKnowledge = {
  isKnown: (word) => known.has(word),
  hasTypoNeighbour: (word) => word === 'sihn' || word === 'khia',
  areNeighbours: (first, second) => neighbours.has(`${first} ${second}`),
};
const read = (...words: string[]) => readWords(words, knowledge);

describe('readWords', () => {
  it('keeps known words as typed, even when they look like Telex keys ("ban", "an")', () => {
    expect(read('ban', 'an')).toEqual(['ban', 'an']);
  });

  it('decodes a word typed with the input method off when that makes a known word', () => {
    expect(read('ddawng', 'kys')).toEqual(['dang', 'ki']);
    expect(read('dang9', 'ky1')).toEqual(['dang', 'ki']);
  });

  it('keeps an unknown word whose decoding is no known word either', () => {
    expect(read('xyzzyq')).toEqual(['xyzzyq']);
  });

  it('joins a word split by a stray space ("kara oke")', () => {
    expect(read('kara', 'oke')).toEqual(['karaoke']);
  });

  it('splits words run together, preferring pieces that stand side by side in names ("ket hon", not "ke thon")', () => {
    expect(read('dangkykethon')).toEqual(['dang', 'ki', 'ket', 'hon']);
  });

  it('splits off a one-letter syllable ("baohiemyte" → "y te")', () => {
    expect(read('khaisinhyte')).toEqual(['khai', 'sinh', 'y', 'te']);
  });

  it('decodes Telex keys inside words run together ("ddawngkys")', () => {
    expect(read('ddawngkys')).toEqual(['dang', 'ki']);
  });

  it('forgives a typo in each of two pieces of words run together, and no more', () => {
    expect(read('dangkykhiasihn')).toEqual(['dang', 'ki', 'khia', 'sihn']);
    expect(read('khiasihn')).toEqual(['khiasihn']); // only typos: an unknown word, left to the typo lookups
  });

  it('keeps a number glued to letters whole when no split fits ("14tuoi" has no known "tuoi" here)', () => {
    expect(read('14tuoi')).toEqual(['14tuoi']);
  });
});
