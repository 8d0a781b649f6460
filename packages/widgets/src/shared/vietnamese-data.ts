import { html, type TemplateResult } from 'lit';

/** The placeholder value to pass to `t()` where data will go: a character no message contains. */
export const DATA = '\u0001';

/**
 * Data from the catalogue or a dossier (names, agencies, documents, steps) is Vietnamese whatever the interface
 * speaks: marked `lang="vi"` so screen readers pronounce it as Vietnamese inside English text.
 */
export const vietnamese = (text: string): TemplateResult => html`<span lang="vi">${text}</span>`;

/**
 * A translated message with data inside it, e.g. `withData(t('detail.case', { name: DATA }), name)` → "Case:
 * <span lang="vi">Trường hợp 1</span>".
 */
export function withData(message: string, value: string): TemplateResult {
  const [before = '', ...rest] = message.split(DATA);
  return html`${before}${vietnamese(value)}${rest.join(value)}`;
}
