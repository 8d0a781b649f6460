import { foldVietnamese } from '@hcc/sdk';
import type { Procedure } from '@hcc/sdk';

type ProcedureCase = Procedure['cases'][number];
type RequiredDocument = ProcedureCase['documents'][number];

/**
 * What an entry of a case's document list is: a `document` to prepare (a checkbox), the source's `intro` to the
 * documents after it ("Hồ sơ gồm:", "Giấy tờ phải xuất trình:"), or a `note` about the others (the "Lưu ý" case, or
 * "Trường hợp … thì không phải nộp …" with nothing to bring). Intros and notes are shown as text, never ticked.
 */
export type DocumentRole = 'document' | 'intro' | 'note';

/**
 * A name that only announces a list, even without its colon: "Hồ sơ gồm", "Giấy tờ phải xuất trình", "Thành phần hồ
 * sơ bao gồm". It ends with the verb: "Giấy tờ tùy thân" names a document.
 */
const LIST_HEADING = /^(thanh phan )?(ho so|giay to)( [a-z]+){0,2} (gom|nop|xuat trinh|chuan bi|kem theo)$/u;
/** Cases that hold remarks, not documents. */
const NOTE_CASE = /^(luu [yi]|ghi chu)\b/u;
/** A remark about when something is not needed: it starts with a condition and names nothing to bring. */
const CONDITION = /^(truong hop|doi voi|neu) .* thi /u;

export function documentRole(procedureCase: ProcedureCase, document: RequiredDocument): DocumentRole {
  const name = document.name.trim();
  const folded = foldVietnamese(name)
    .replace(/[^a-z0-9 ]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  if (name.endsWith(':') || LIST_HEADING.test(folded)) return 'intro';
  if (NOTE_CASE.test(foldVietnamese(procedureCase.name.trim()))) return 'note';
  if (document.originals === 0 && document.copies === 0 && CONDITION.test(folded)) return 'note';
  return 'document';
}
