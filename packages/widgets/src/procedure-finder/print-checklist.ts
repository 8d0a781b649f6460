import type { Procedure } from '@hcc/sdk';
import type { Translate } from '../shared/i18n.js';
import type { FinderStringKey } from './procedure-finder.strings.js';

/** The key of one document in the checklist: `case/document`. */
export const documentKey = (caseIndex: number, documentIndex: number) => `${caseIndex}/${documentIndex}`;

/** One document of the checklist as it is printed. */
export interface ChecklistLine {
  name: string;
  detail: string;
  ready: boolean;
}

/** What is printed: the procedure, then each case with its documents. */
export interface Checklist {
  title: string;
  procedure: string;
  cases: { name: string; lines: ChecklistLine[] }[];
}

/** The checklist of a procedure, with the documents the citizen ticked (`ready` holds their keys). */
export function toChecklist(
  procedure: Procedure,
  ready: ReadonlySet<string>,
  t: Translate<FinderStringKey>,
): Checklist {
  return {
    title: t('print.title'),
    procedure: `${procedure.name} (${procedure.code})`,
    cases: procedure.cases.map((procedureCase, caseIndex) => ({
      name: procedureCase.name,
      lines: procedureCase.documents.map((document, index) => ({
        name: document.name,
        detail: [
          document.originals > 0 ? t('detail.originals', { count: document.originals }) : '',
          document.copies > 0 ? t('detail.copies', { count: document.copies }) : '',
        ]
          .filter(Boolean)
          .join(', '),
        ready: ready.has(documentKey(caseIndex, index)),
      })),
    })),
  };
}

/**
 * Fills an empty document with the checklist, through DOM calls only (text stays text: a name with markup in it is
 * printed as written). `☑` marks a document the citizen ticked, `☐` one still to prepare.
 */
export function fillChecklistDocument(target: Document, checklist: Checklist, lang: string): void {
  target.documentElement.lang = lang;
  target.title = checklist.title;
  const add = <K extends keyof HTMLElementTagNameMap>(parent: Element, tag: K, text?: string) => {
    const element = target.createElement(tag);
    if (text !== undefined) element.textContent = text;
    parent.append(element);
    return element;
  };
  const body = target.body;
  add(body, 'h1', checklist.title);
  add(body, 'h2', checklist.procedure);
  for (const procedureCase of checklist.cases) {
    if (procedureCase.name) add(body, 'h3', procedureCase.name);
    const list = add(body, 'ul');
    for (const line of procedureCase.lines) {
      add(list, 'li', `${line.ready ? '☑' : '☐'} ${line.name}${line.detail ? ` (${line.detail})` : ''}`);
    }
  }
}

/**
 * Prints only the checklist, not the host page: from a hidden same-origin frame that is removed afterwards.
 */
export function printChecklist(checklist: Checklist, lang: string): void {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.position = 'fixed';
  frame.style.width = '0';
  frame.style.height = '0';
  frame.style.border = '0';
  document.body.append(frame);
  const frameWindow = frame.contentWindow;
  if (!frameWindow) {
    frame.remove();
    return;
  }
  fillChecklistDocument(frameWindow.document, checklist, lang);
  frameWindow.addEventListener('afterprint', () => frame.remove(), { once: true });
  frameWindow.focus();
  frameWindow.print();
}
