import type { ProcedureSummary } from '@hcc/sdk';
import { type TemplateResult, html, nothing } from 'lit';
import type { FinderTranslate } from './procedure-finder.strings.js';

/** The online level as a badge, or nothing for procedures that are not offered online. */
export function renderOnlineBadge(t: FinderTranslate, procedure: ProcedureSummary): TemplateResult | typeof nothing {
  if (procedure.onlineLevel === 'none') return nothing;
  return html`<span class="badge online-${procedure.onlineLevel}" part="badge">${t(`online.${procedure.onlineLevel}`)}</span>`;
}
