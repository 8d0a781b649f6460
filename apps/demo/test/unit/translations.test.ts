import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configuratorEnglish } from '../../src/configurator/configurator.strings.js';
import { dashboardEnglish, dashboardStrings } from '../../src/dashboard/dashboard.strings.js';
import { portalEnglish } from '../../src/portal/portal.strings.js';
import { demoBarStrings } from '../../src/shell/demo-bar.strings.js';
import { tryEnglish, tryStrings } from '../../src/try/try.strings.js';

const pages = [
  { file: 'index.html', english: portalEnglish },
  { file: 'configurator.html', english: configuratorEnglish },
  { file: 'dashboard.html', english: dashboardEnglish },
  { file: 'try.html', english: tryEnglish },
];

function markedKeys(file: string): string[] {
  const html = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
  return [...html.matchAll(/data-i18n(?:-label|-content)?="([^"]+)"/g)].map((match) => match[1] as string);
}

describe.each(pages)('$file', ({ file, english }) => {
  it('has English for every element marked for translation', () => {
    const missing = markedKeys(file).filter((key) => !(key in english));
    expect(missing).toEqual([]);
  });

  it('has no English left over for elements that are gone', () => {
    const marked = new Set(markedKeys(file));
    expect(Object.keys(english).filter((key) => !marked.has(key))).toEqual([]);
  });

  it('describes itself for search engines and link previews, in both languages', () => {
    const html = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
    const description = html.match(/<meta name="description" content="([^"]{50,160})" data-i18n-content="description"/);
    expect(description?.[1]).toBeTruthy();
    expect(english.description?.length).toBeGreaterThan(50);
  });

  it('starts in Vietnamese', () => {
    const html = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
    expect(html).toMatch(/<html lang="vi">/);
  });
});

describe.each([
  ['demo bar', demoBarStrings],
  ['dashboard', dashboardStrings],
  ['try page', tryStrings],
])('the %s strings', (_name, strings) => {
  it('has the same keys in Vietnamese and English', () => {
    expect(Object.keys(strings.en).sort()).toEqual(Object.keys(strings.vi).sort());
  });
});
