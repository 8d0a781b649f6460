import type { Agency, Field } from '../client/types.js';
import { foldVietnamese } from '../text/index.js';

const fieldIds = new Map<string, string>();

/** `Hộ tịch` → `ho-tich`: a field's id is its folded name (a hundred names shared by 1,800 procedures: remembered). */
export function fieldIdOf(name: string): string {
  let id = fieldIds.get(name);
  if (id === undefined) {
    id = foldVietnamese(name).replace(/ /g, '-');
    fieldIds.set(name, id);
  }
  return id;
}

/** The fields of `GET /fields`: each with its procedure count, the most used first, ties in Vietnamese order. */
export function listFields(procedures: Iterable<{ readonly fields: readonly string[] }>): Field[] {
  const fields = new Map<string, Field>();
  for (const procedure of procedures) {
    for (const name of procedure.fields) {
      const id = fieldIdOf(name);
      const field = fields.get(id) ?? { id, name, procedureCount: 0 };
      field.procedureCount++;
      fields.set(id, field);
    }
  }
  // One collator: `localeCompare(…, 'vi')` makes a new one at every comparison.
  const collator = new Intl.Collator('vi');
  return [...fields.values()].sort((a, b) => b.procedureCount - a.procedureCount || collator.compare(a.name, b.name));
}

/** Each agency's units (`parentId`), found once for {@link executesProcedure}, which a listing asks per procedure. */
export function unitIdsByParent(agencies: readonly Pick<Agency, 'id' | 'parentId'>[]): Map<string, string[]> {
  const units = new Map<string, string[]>();
  for (const agency of agencies) {
    if (agency.parentId) units.set(agency.parentId, [...(units.get(agency.parentId) ?? []), agency.id]);
  }
  return units;
}

/**
 * Whether an agency executes a procedure: communes and former districts execute the commune-level ones, the centre
 * the province-level ones, a department those it (or one of its units, `unitIds`) is named for.
 */
export function executesProcedure(
  agency: Pick<Agency, 'id' | 'kind'>,
  procedure: { levels: readonly string[]; agencyIds: readonly string[] },
  unitIds: readonly string[] = [],
): boolean {
  if (agency.kind === 'commune' || agency.kind === 'district') return procedure.levels.includes('commune');
  if (agency.kind === 'centre') return procedure.levels.includes('province');
  return procedure.agencyIds.some((id) => id === agency.id || unitIds.includes(id));
}
