import type { Procedure } from '@hcc/sdk';
import type { Translate } from '../shared/i18n.js';
import { documentRole } from './document-roles.js';
import type { FinderStringKey } from './procedure-finder.strings.js';

/** The key of one document in the checklist: `case/document`. */
export const documentKey = (caseIndex: number, documentIndex: number) => `${caseIndex}/${documentIndex}`;

/** "Bản chính: 1", "Bản sao: 2": how many originals and copies a document needs, when it needs any. */
export function documentCounts(
  t: Translate<FinderStringKey>,
  document: Procedure['cases'][number]['documents'][number],
): string[] {
  const counts: string[] = [];
  if (document.originals > 0) counts.push(t('detail.originals', { count: document.originals }));
  if (document.copies > 0) counts.push(t('detail.copies', { count: document.copies }));
  return counts;
}

/**
 * Fills an empty document with the procedure's checklist, through DOM calls only (text stays text: a name with
 * markup in it is printed as written). `☑` marks a document the citizen ticked (`ready` holds their keys), `☐` one
 * still to prepare.
 */
export function fillChecklistDocument(
  target: Document,
  procedure: Procedure,
  ready: ReadonlySet<string>,
  t: Translate<FinderStringKey>,
  lang: string,
): void {
  const title = t('print.title');
  target.documentElement.lang = lang;
  target.title = title;
  const add = (parent: Element, tag: string, text = '') => {
    const element = parent.appendChild(target.createElement(tag));
    element.textContent = text;
    return element;
  };
  add(target.body, 'h1', title);
  add(target.body, 'h2', `${procedure.name} (${procedure.code})`);
  procedure.cases.forEach((procedureCase, caseIndex) => {
    if (procedureCase.name) add(target.body, 'h3', procedureCase.name);
    const list = add(target.body, 'ul');
    procedureCase.documents.forEach((document, index) => {
      // Introductory sentences and remarks are printed as they are, without a box to tick.
      if (documentRole(procedureCase, document) !== 'document') {
        add(list, 'li', document.name);
        return;
      }
      const counts = documentCounts(t, document).join(', ');
      const mark = ready.has(documentKey(caseIndex, index)) ? '☑' : '☐';
      add(list, 'li', `${mark} ${document.name}${counts ? ` (${counts})` : ''}`);
    });
  });
}

/**
 * Prints only the checklist, not the host page: from a hidden same-origin frame that is removed afterwards.
 */
export function printChecklist(
  procedure: Procedure,
  ready: ReadonlySet<string>,
  t: Translate<FinderStringKey>,
  lang: string,
): void {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  Object.assign(frame.style, { position: 'fixed', width: '0', height: '0', border: '0' });
  document.body.append(frame);
  // A frame in the document always has a window.
  const frameWindow = frame.contentWindow as Window;
  fillChecklistDocument(frameWindow.document, procedure, ready, t, lang);
  frameWindow.addEventListener('afterprint', () => frame.remove(), { once: true });
  frameWindow.focus();
  frameWindow.print();
}
