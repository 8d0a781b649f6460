/**
 * The procedure detail view, loaded with a dynamic `import()` the first time a procedure is opened: its template,
 * styles and strings, the printable checklist and the search engines' description stay out of the finder until a
 * citizen needs them.
 */
import type { Procedure } from '@hcc/sdk';
import { detailStyles } from './detail.styles.js';
import { jsonLdText, toGovernmentService } from './json-ld.js';
import { detailStrings } from './procedure-detail.strings.js';

export { JsonLdScript } from './json-ld-script.js';
export { printChecklist } from './print-checklist.js';
export { renderProcedureDetail } from './procedure-detail.js';

/** The procedure as schema.org `GovernmentService` JSON-LD, ready for a `<script type="application/ld+json">`. */
export function jsonLdFor(procedure: Procedure, pageUrl: string | undefined): string {
  return jsonLdText(toGovernmentService(procedure, pageUrl));
}

/** What the detail brings to the finder when it first arrives: its words and its styles. */
export const piece = { strings: detailStrings, styles: detailStyles };
