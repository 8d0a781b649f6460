import type { Procedure } from '@hcc/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { checkIcon } from '../shared/icons.js';
import { printIcon } from './detail-icons.js';
import { DATA, withData } from '../shared/vietnamese-data.js';
import type { DetailView } from './procedure-detail.js';
import { documentRole } from './document-roles.js';
import { documentCounts, documentKey } from './print-checklist.js';

/** The keys (`case/document`) of the entries that are documents to prepare, not intros or notes. */
export function checklistKeys(procedure: Procedure): string[] {
  return procedure.cases.flatMap((procedureCase, caseIndex) =>
    procedureCase.documents.flatMap((document, index) =>
      documentRole(procedureCase, document) === 'document' ? [documentKey(caseIndex, index)] : [],
    ),
  );
}

/** How many of the documents to prepare the citizen ticked, and of how many. */
export function preparedCount(procedure: Procedure, ready: ReadonlySet<string>): { done: number; count: number } {
  const keys = checklistKeys(procedure);
  return { done: keys.filter((key) => ready.has(key)).length, count: keys.length };
}

/**
 * The documents, grouped by case (one fieldset each): a checkbox for each document to prepare, the source's
 * introductory sentences and remarks as text; then how many are ready and the print button.
 */
export function renderDocuments(view: DetailView): TemplateResult {
  const { t, procedure, ready } = view;
  const { done, count } = preparedCount(procedure, ready);
  return html`<p class="muted">${t('detail.documentsHint')}</p>
    ${procedure.cases.map(
      (procedureCase, caseIndex) => html`<fieldset class="case">
        ${procedureCase.name ? html`<legend>${withData(t('detail.case', { name: DATA }), procedureCase.name)}</legend>` : nothing}
        <ul class="documents">
          ${procedureCase.documents.map((document, index) => {
            const role = documentRole(procedureCase, document);
            if (role !== 'document') return html`<li class="document-${role}" lang="vi">${document.name}</li>`;
            const key = documentKey(caseIndex, index);
            const inputId = `hcc-doc-${caseIndex}-${index}`;
            return html`<li class="document">
              <input
                type="checkbox"
                id=${inputId}
                .checked=${ready.has(key)}
                @change=${(event: Event) => view.onToggle(key, (event.target as HTMLInputElement).checked)}
              />
              <label for=${inputId}>
                <span class="document-name" lang="vi">${document.name}</span>
                <span class="document-meta">
                  ${documentCounts(t, document).map((text) => html`<span>${text}</span>`)}
                  ${document.formName ? html`<span>${withData(t('detail.form', { name: DATA }), document.formName)}</span>` : nothing}
                  ${document.hasElectronicForm ? html`<span class="badge">${checkIcon}${t('detail.eform')}</span>` : nothing}
                </span>
              </label>
            </li>`;
          })}
        </ul>
      </fieldset>`,
    )}
    <div class="checklist-footer">
      <p class="prepared" aria-live="polite">${t('detail.prepared', { done, count })}</p>
      <button type="button" class="button secondary print" part="print-button" @click=${view.onPrint}>
        ${printIcon}<span>${t('detail.print')}</span>
      </button>
    </div>`;
}
