import { describe, expect, it } from 'vitest';
import { interpolate, pickLanguage } from '../../src/shell/language.js';
import { demoPageHref, scenarioFrom } from '../../src/shell/scenario.js';

describe('pickLanguage', () => {
  it('starts in Vietnamese', () => {
    expect(pickLanguage('', null)).toBe('vi');
  });

  it('takes ?lang= from the URL before the stored choice', () => {
    expect(pickLanguage('?lang=en', 'vi')).toBe('en');
  });

  it('falls back to the stored choice, ignoring unknown languages', () => {
    expect(pickLanguage('?lang=fr', 'en')).toBe('en');
    expect(pickLanguage('', 'de')).toBe('vi');
  });
});

describe('interpolate', () => {
  it('fills %{name} placeholders and leaves unknown ones visible', () => {
    expect(interpolate('Hồ sơ %{code} (%{missing})', { code: 'X-1' })).toBe('Hồ sơ X-1 (%{missing})');
  });
});

describe('scenarios', () => {
  it('reads a scenario the mock knows from ?scenario=', () => {
    expect(scenarioFrom('?scenario=offline')).toBe('offline');
  });

  it('ignores unknown scenarios and the normal one', () => {
    expect(scenarioFrom('?scenario=storm')).toBeUndefined();
    expect(scenarioFrom('?scenario=normal')).toBeUndefined();
  });

  it('keeps the scenario in links between demo pages', () => {
    expect(demoPageHref('try.html', 'slow')).toBe('./try.html?scenario=slow');
    expect(demoPageHref('try.html', undefined)).toBe('./try.html');
  });
});
