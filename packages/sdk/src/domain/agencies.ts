import type { Agency, AgencyLevel, DossierAgency } from '../client/types.js';

/** Whether an agency exists on a day (`YYYY-MM-DD`): the district agencies closed on 30 June 2025, for instance. */
export function isAgencyOpenOn(agency: Pick<Agency, 'validFrom' | 'validTo'>, day: string): boolean {
  return agency.validFrom <= day && (agency.validTo === null || day <= agency.validTo);
}

/**
 * The agencies of `GET /agencies`: those open on `at` (default `today`), or every one with `includeFormer`, of one
 * level if asked.
 */
export function selectAgencies(
  agencies: readonly Agency[],
  query: { at?: string; includeFormer?: boolean; level?: AgencyLevel },
  today: string,
): Agency[] {
  const day = query.at ?? today;
  return agencies.filter(
    (agency) =>
      (query.includeFormer === true || isAgencyOpenOn(agency, day)) && (!query.level || agency.level === query.level),
  );
}

/** An agency as a dossier names it, `former` once it has closed (a dossier outlives the agency that received it). */
export function dossierAgencyOf(agency: Agency, today: string): DossierAgency {
  return {
    id: agency.id,
    identifier: agency.identifier,
    name: agency.name,
    level: agency.level,
    former: agency.validTo !== null && agency.validTo < today,
    validTo: agency.validTo,
  };
}
