import type { Audience, ProcedureLevel } from '@hcc/sdk';

/** One row of the national catalogue (`national-catalog.jsonl`), as far as the rule reads it. */
export interface NationalCatalogueRow {
  code: string;
  name: string;
  categories?: string[];
  departments?: string[];
  departmentPromulgate?: string;
  formalityTargetType?: string[];
  type?: string;
  state?: string;
}

/** One procedure of the served catalogue (a row of `data/procedures.json`). */
export interface CatalogueRow {
  code: string;
  name: string;
  fields: string[];
  departments: string[];
  level: ProcedureLevel[];
  /** The province-level agencies that execute it; commune-level procedures are executed by every commune. */
  agencyIds: string[];
  audience: Audience[];
  type: string;
  state: string;
}

export type ExecutingBody = { level: 'commune' } | { level: 'province'; agencyId: string };

export function classifyDepartment(department: string): ExecutingBody[];
export function cleanName(name: string): string;
export function audienceOf(targets: string[]): Audience[];
export function toCatalogueRow(row: NationalCatalogueRow, options?: { acceptAll?: boolean }): CatalogueRow | null;
