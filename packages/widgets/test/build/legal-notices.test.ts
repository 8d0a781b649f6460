import { describe, expect, it } from 'vitest';
import { LEGAL_FILE, legalFile, unlinkLegalNotices } from '../../scripts/legal-notices.mjs';

const notice = (year: number) =>
  `  (**\n   * @license\n   * Copyright ${year} Google LLC\n   * SPDX-License-Identifier: BSD-3-Clause\n   *)`;
const litHtml = `lit-html/lit-html.js:\nlit-element/lit-element.js:\n${notice(2017)}`;
const ifDefined = `lit-html/directives/if-defined.js:\n${notice(2018)}`;
const withNotices = (code: string, ...entries: string[]) =>
  `${code}\n/*! Bundled license information:\n\n${entries.join('\n\n')}\n*/\n`;

describe('unlinkLegalNotices', () => {
  it('takes the notices off the end of a module and says where they are', () => {
    const { code, notices } = unlinkLegalNotices(withNotices('export{a};', litHtml, ifDefined));
    expect(code).toBe(`export{a};\n/*! Licenses of the bundled code: ${LEGAL_FILE} */\n`);
    expect(notices).toBe(`${litHtml}\n\n${ifDefined}`);
  });

  it('leaves a module without third-party code as it is', () => {
    expect(unlinkLegalNotices('var a=1;export{a};\n')).toEqual({ code: 'var a=1;export{a};\n', notices: undefined });
  });
});

describe('legalFile', () => {
  it('lists each notice once, however many modules carried it, then the licences in full', () => {
    const text = legalFile([`${litHtml}\n\n${ifDefined}`, litHtml], [{ name: 'Lit', text: 'BSD 3-Clause License\n' }]);
    expect(text.split('lit-html/lit-html.js:')).toHaveLength(2);
    expect(text).toContain(ifDefined);
    expect(text).toContain(litHtml);
    expect(text.endsWith('Lit:\n\nBSD 3-Clause License\n')).toBe(true);
  });
});
