import type { AgencyLevel, Audience, OnlineLevel, ProcedureLevel, ProcedureSort } from './types.js';

/**
 * Lists every value of a contract enumeration. It fails to compile when a value is missing or unknown, so the lists
 * follow `openapi.yaml` (through the generated types) and are never written again elsewhere.
 */
export const every =
  <T extends string>() =>
  <const Values extends readonly T[]>(values: Values & ([T] extends [Values[number]] ? unknown : never)): Values =>
    values;

/** The executing levels of a procedure, in the order a filter shows them. */
export const procedureLevels = every<ProcedureLevel>()(['province', 'commune']);
/** How far a procedure can be done online, most first. */
export const onlineLevels = every<OnlineLevel>()(['full', 'partial', 'none']);
/** Who a procedure is for. */
export const audiences = every<Audience>()(['citizen', 'business', 'organisation']);
/** The orders of `GET /procedures`. */
export const procedureSorts = every<ProcedureSort>()(['relevance', 'popular', 'name']);
/** The levels of an agency (`district` only before 1 July 2025). */
export const agencyLevels = every<AgencyLevel>()(['province', 'district', 'commune']);
