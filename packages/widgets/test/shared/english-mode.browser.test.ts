import { describe, expect, it } from 'vitest';
import { $, $$, expectNoAxeViolations, mockEachTest, waitFor } from '../harness/index.js';
import { fixture, lookUp, mountTracker } from '../dossier-tracker/tracker-page.js';
import { mountFinder, waitForResults } from '../procedure-finder/finder-page.js';

const currentMock = mockEachTest();

/** The facts of the receipt as shown: `{ term: { text, lang } }`. */
function facts(tracker: HTMLElement): Record<string, { text: string; lang: string | null }> {
  return Object.fromEntries(
    $$(tracker, '.fact').map((fact) => {
      const value = fact.querySelector('dd');
      const marked = value?.querySelector('[lang]');
      return [
        fact.querySelector('dt')?.textContent?.trim() ?? '',
        { text: value?.textContent?.replace(/\s+/g, ' ').trim() ?? '', lang: marked?.getAttribute('lang') ?? null },
      ];
    }),
  );
}

describe('English mode', () => {
  it('marks the dossier’s Vietnamese data lang="vi" and writes dates as 12 Jun 2025', async () => {
    const { code, verifier } = fixture(currentMock(), 10);
    const tracker = await mountTracker({}, { lang: 'en' });
    await lookUp(tracker, code, verifier);
    const shown = facts(tracker);
    expect(shown.Procedure?.lang).toBe('vi');
    expect(shown['Receiving agency']?.lang).toBe('vi');
    expect(shown['Received on']?.text).toMatch(/^\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}$/);
    expect(shown['Appointment date (results due)']?.text).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}$/);
    for (const step of $$(tracker, 'ol.timeline > li')) {
      expect(step.querySelector('.step-unit')?.getAttribute('lang')).toBe('vi');
      expect(step.querySelector('.step-date')?.textContent).toMatch(/\d{1,2} [A-Z][a-z]{2} \d{4}/);
    }
    await expectNoAxeViolations(tracker);
  });

  it('keeps dd/MM/yyyy in Vietnamese', async () => {
    const { code, verifier } = fixture(currentMock(), 10);
    const tracker = await mountTracker();
    await lookUp(tracker, code, verifier);
    expect(facts(tracker)['Ngày tiếp nhận']?.text).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
  });

  it('marks procedure names, documents and steps lang="vi" in the English finder', async () => {
    const finder = await mountFinder('lang="en"');
    finder.searchFor('dang ky khai sinh');
    await waitForResults(finder, (names) => names[0] === 'Thủ tục đăng ký khai sinh');
    expect($(finder, '.result-name')?.getAttribute('lang')).toBe('vi');
    ($$(finder, '.result-button')[0] as HTMLButtonElement).click();
    await waitFor(() => $(finder, '.detail-title'));
    expect($(finder, '.detail-title')?.getAttribute('lang')).toBe('vi');
    expect($$(finder, '.document-name').every((name) => name.getAttribute('lang') === 'vi')).toBe(true);
    expect($$(finder, 'ol.steps .source-text').every((text) => text.getAttribute('lang') === 'vi')).toBe(true);
    expect($(finder, 'summary h3')?.closest('[lang="vi"]')).toBeNull();
  });
});
