import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSteps, stripStepNumber } from '../../src/text/index.js';

interface DetailRow {
  code: string;
  steps: { name?: string; description: string }[];
}

/** The catalogue details the mock serves (built and committed by the mock-server package). */
const details = JSON.parse(
  readFileSync(new URL('../../../mock-server/data/procedure-details.json', import.meta.url), 'utf8'),
) as DetailRow[];
const stepsOf = (code: string) => {
  const row = details.find((detail) => detail.code === code);
  if (!row) throw new Error(`no procedure ${code} in the mock's data`);
  return row.steps;
};

describe('splitSteps', () => {
  it('splits birth registration (1.001193) into its dashed steps, with (i)… and + items nested', () => {
    const [only] = stepsOf('1.001193');
    const { lead, steps } = splitSteps(only?.description ?? '');
    expect(lead).toBe('');
    // 5 dashed steps, then the note "* Lưu ý:" with its own dashed items.
    expect(steps).toHaveLength(6);
    expect(steps[0]?.text).toMatch(/^Nếu lựa chọn hình thức nộp hồ sơ trực tiếp/);
    expect(steps[0]?.marker).toBe('bullet');
    // A line without a marker continues the step before it.
    expect(steps[1]?.text.split('\n')).toHaveLength(2);
    expect(steps[2]?.steps.map((step) => step.marker)).toEqual(['roman', 'roman', 'roman']);
    expect(steps[2]?.steps[1]?.text).toMatch(/^Trường hợp hồ sơ chưa đầy đủ/);
    expect(steps[3]?.steps.map((step) => step.marker)).toEqual(['bullet', 'bullet', 'bullet']);
    const note = steps[5];
    expect(note?.marker).toBe('note');
    expect(note?.text).toBe('Lưu ý:');
    expect(note?.steps.length).toBe(6);
    expect(note?.steps.every((step) => step.text.startsWith('Tr'))).toBe(true);
  });

  it('splits "Bước 1: … Bước 2: …" into numbered steps without their numbers (1.004222)', () => {
    const [only] = stepsOf('1.004222');
    const { steps } = splitSteps(only?.description ?? '');
    expect(steps.length).toBeGreaterThanOrEqual(3);
    expect(steps.slice(0, 3).map((step) => step.marker)).toEqual(['step', 'step', 'step']);
    expect(steps[0]?.text).toBe('Cá nhân, tổ chức chuẩn bị hồ sơ theo quy định của pháp luật.');
    expect(steps[1]?.text).toBe('Cá nhân, tổ chức nộp hồ sơ đến Công an cấp xã.');
  });

  it('nests "a)" items and the dashes under them (1.115454, step 2)', () => {
    const step = stepsOf('1.115454')[1];
    const { lead, steps } = splitSteps(step?.description ?? '');
    expect(lead).toBe('');
    expect(steps.map((item) => item.marker)).toEqual(['letter', 'letter']);
    expect(steps[1]?.text).toBe('Trường hợp hồ sơ hợp lệ:');
    expect(steps[1]?.steps.length).toBeGreaterThan(0);
    expect(steps[1]?.steps[0]?.text).toBe('Tổ chức thẩm định hồ sơ');
  });

  it('keeps text before the first marker as the lead (1.115458, step 3)', () => {
    const step = stepsOf('1.115458')[2];
    const { lead, steps } = splitSteps(step?.description ?? '');
    expect(lead).toMatch(/^Văn phòng đăng ký đất đai/);
    expect(steps[0]?.marker).toBe('note');
  });

  it('leaves a plain paragraph as the lead with no steps', () => {
    expect(splitSteps('Chủ tịch Ủy ban nhân dân cấp xã ký Giấy chứng nhận.')).toEqual({
      lead: 'Chủ tịch Ủy ban nhân dân cấp xã ký Giấy chứng nhận.',
      steps: [],
    });
  });

  it('reads 1. and 2) numbering but not a procedure code or a decimal', () => {
    const { lead, steps } = splitSteps('1. Nộp hồ sơ\n2) Nhận kết quả\n1.001193 là mã thủ tục');
    expect(lead).toBe('');
    expect(steps.map((step) => step.text)).toEqual(['Nộp hồ sơ', 'Nhận kết quả\n1.001193 là mã thủ tục']);
  });

  it('never loses text: every word of every real steps text is in the split', () => {
    for (const detail of details) {
      for (const step of detail.steps) {
        const { lead, steps } = splitSteps(step.description);
        const flat = (items: typeof steps): string[] => items.flatMap((item) => [item.text, ...flat(item.steps)]);
        // Words of three letters or more, leaving out what a marker is made of (`Bước`, `iii`).
        const words = (text: string) =>
          [...text.matchAll(/\p{L}{3,}/gu)].map(([word]) => word).filter((word) => !/^(?:[ivx]+|Bước)$/u.test(word));
        const kept = new Set(words([lead, ...flat(steps)].join(' ')));
        for (const word of words(step.description)) expect(kept.has(word), `${detail.code}: ${word}`).toBe(true);
      }
    }
  });
});

describe('stripStepNumber', () => {
  it('drops the source number from a step name', () => {
    expect(stripStepNumber('Bước 1: Nộp hồ sơ')).toBe('Nộp hồ sơ');
    expect(stripStepNumber('Bước 3:')).toBe('');
    expect(stripStepNumber('Nộp hồ sơ')).toBe('Nộp hồ sơ');
  });
});
