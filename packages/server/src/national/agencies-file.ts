import { type Agency, parseDossierCode } from '@hcc/sdk';
import { isItem } from './item-reader.js';
import { jsonUnits } from './json-units.js';

/** An agency as the bundled agencies file holds it: the contract's `Agency` and, for units, its statistical code. */
export type ImportedAgency = Agency & { adminUnitCode?: string };

const KINDS = ['centre', 'department', 'vertical', 'district', 'commune'] as const;
const LEVELS = ['province', 'district', 'commune'] as const;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const isDate = (value: unknown): value is string =>
  typeof value === 'string' &&
  /^\d{4}-\d{2}-\d{2}$/.test(value) &&
  new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/** Whether an identifier can start a dossier code (`000.00.14.H56`), by the SDK's dossier-code rules. */
const isAgencyIdentifier = (value: string) => {
  const parsed = parseDossierCode(`${value}-250101-0001`);
  return parsed.ok && parsed.agencyId === value;
};

function problemsOf(row: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const text = (key: string) => typeof row[key] === 'string' && (row[key] as string).trim() !== '';
  if (!text('id') || !ID.test(row.id as string)) problems.push('"id" must be a lower-case slug (xa-tien-du)');
  if (!text('identifier') || !isAgencyIdentifier(row.identifier as string)) {
    problems.push('"identifier" must be an agency identifier that starts dossier codes (000.00.14.H56)');
  }
  if (!text('name')) problems.push('"name" is required');
  if (!KINDS.includes(row.kind as never)) problems.push(`"kind" must be one of ${KINDS.join(', ')}`);
  if (!LEVELS.includes(row.level as never)) problems.push(`"level" must be one of ${LEVELS.join(', ')}`);
  if (row.parentId !== null && row.parentId !== undefined && !text('parentId')) {
    problems.push('"parentId" must be an agency id or null');
  }
  if (!isDate(row.validFrom)) problems.push('"validFrom" must be a date YYYY-MM-DD');
  if (row.validTo !== null && row.validTo !== undefined && !isDate(row.validTo)) {
    problems.push('"validTo" must be a date YYYY-MM-DD or null');
  } else if (isDate(row.validFrom) && isDate(row.validTo) && row.validTo < row.validFrom) {
    problems.push('"validTo" is before "validFrom"');
  }
  const former = row.formerUnits;
  if (former !== undefined && (!Array.isArray(former) || former.some((unit) => typeof unit !== 'string'))) {
    problems.push('"formerUnits" must be a list of names');
  }
  if (row.adminUnitCode !== undefined && typeof row.adminUnitCode !== 'string') {
    problems.push('"adminUnitCode" must be a text');
  }
  return problems;
}

/**
 * Reads an agencies file in the format of the bundled one (a JSON array of the contract's `Agency`, one a line; JSON
 * lines work too). Every agency is checked on its own; a repeated id or identifier is refused at its second line.
 * Unknown fields are dropped.
 */
export function parseAgenciesFile(text: string): {
  agencies: ImportedAgency[];
  rejected: Array<{ line: number; reason: string }>;
} {
  const agencies: ImportedAgency[] = [];
  const rejected: Array<{ line: number; reason: string }> = [];
  const ids = new Set<string>();
  const identifiers = new Set<string>();
  for (const unit of jsonUnits(text)) {
    if ('error' in unit) {
      rejected.push({ line: unit.line, reason: unit.error });
      continue;
    }
    const row = unit.value;
    const problems = isItem(row) ? problemsOf(row) : ['is not an agency object'];
    if (!problems.length && isItem(row)) {
      if (ids.has(row.id as string)) problems.push(`repeats the id "${row.id}"`);
      if (identifiers.has(row.identifier as string)) problems.push(`repeats the identifier "${row.identifier}"`);
    }
    if (problems.length || !isItem(row)) {
      rejected.push({ line: unit.line, reason: problems.join('; ') });
      continue;
    }
    const agency = toAgency(row);
    ids.add(agency.id);
    identifiers.add(agency.identifier);
    agencies.push(agency);
  }
  return { agencies, rejected };
}

function toAgency(row: Record<string, unknown>): ImportedAgency {
  return {
    id: row.id as string,
    identifier: row.identifier as string,
    name: (row.name as string).trim(),
    kind: row.kind as Agency['kind'],
    level: row.level as Agency['level'],
    parentId: (row.parentId as string | null | undefined) ?? null,
    validFrom: row.validFrom as string,
    validTo: (row.validTo as string | null | undefined) ?? null,
    ...(row.formerUnits ? { formerUnits: row.formerUnits as string[] } : {}),
    ...(typeof row.adminUnitCode === 'string' ? { adminUnitCode: row.adminUnitCode } : {}),
  };
}
