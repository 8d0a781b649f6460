import type { Agency, ProcedureSearchResult } from '@hcc/sdk';
import { countFacet } from '@hcc/sdk/search';
import { HttpResponse } from 'msw';
import type { CatalogueEntry } from '../catalogue/catalogue.js';
import { toProcedure, toSummary } from '../catalogue/catalogue.js';
import type { MockDatabase } from '../db.js';
import { vietnamClock } from '../dossiers/record.js';
import { invalidInput, notFound, problemResponse } from '../http/problems.js';
import { boolean, date, integer, oneOf, PROCEDURE_CODE, parsePath, parseQuery, text } from '../http/validate.js';

const LEVELS = ['province', 'commune'] as const;
const ONLINE = ['full', 'partial', 'none'] as const;
const AUDIENCE = ['citizen', 'business', 'organisation'] as const;
const AGENCY_LEVELS = ['province', 'district', 'commune'] as const;

const LEVEL_LABELS: Record<string, string> = { province: 'Cấp tỉnh', commune: 'Cấp xã' };
const ONLINE_LABELS: Record<string, string> = { full: 'Toàn trình', partial: 'Một phần', none: 'Trực tiếp' };
const AUDIENCE_LABELS: Record<string, string> = {
  citizen: 'Công dân',
  business: 'Doanh nghiệp',
  organisation: 'Tổ chức',
};

/** What the catalogue endpoints serve: nothing in the `empty` scenario. */
const isEmpty = (db: MockDatabase) => db.scenario.name === 'empty';

export function listAgencies(db: MockDatabase, url: URL): Response {
  const { query, errors } = parseQuery(url, { at: date, includeFormer: boolean, level: oneOf(AGENCY_LEVELS) });
  if (errors.length) return problemResponse(invalidInput(errors));
  const day = query.at ?? vietnamClock(db.now()).date;
  const valid = (agency: Agency) => agency.validFrom <= day && (agency.validTo === null || day <= agency.validTo);
  const items = (isEmpty(db) ? [] : db.catalogue.agencies)
    .filter((agency) => query.includeFormer || valid(agency))
    .filter((agency) => !query.level || agency.level === query.level);
  return HttpResponse.json({ items });
}

export function listFields(db: MockDatabase, url: URL): Response {
  const { errors } = parseQuery(url, {});
  if (errors.length) return problemResponse(invalidInput(errors));
  return HttpResponse.json({ items: isEmpty(db) ? [] : db.catalogue.fields });
}

export function getProcedure(db: MockDatabase, rawCode: string): Response {
  const { value: code, error } = parsePath('code', rawCode, PROCEDURE_CODE);
  if (error || !code) return problemResponse(invalidInput(error ? [error] : []));
  const entry = isEmpty(db) ? undefined : db.catalogue.get(code);
  if (!entry) return problemResponse(notFound('procedure', `Không có thủ tục mã ${code}.`));
  return HttpResponse.json(toProcedure(entry));
}

type Filter = 'field' | 'agency' | 'level' | 'online' | 'audience';

export function searchProcedures(db: MockDatabase, url: URL): Response {
  const { query, errors } = parseQuery(url, {
    q: text(200),
    field: text(100),
    agency: text(100),
    level: oneOf(LEVELS),
    online: oneOf(ONLINE),
    audience: oneOf(AUDIENCE),
    page: integer(1, 10_000),
    pageSize: integer(1, 500),
  });
  const agency = query.agency ? db.catalogue.agency(query.agency) : undefined;
  if (query.field && !db.catalogue.fields.some((field) => field.id === query.field)) {
    errors.push({ in: 'query', name: 'field', detail: 'không có lĩnh vực này (xem GET /fields)' });
  }
  if (query.agency && !agency)
    errors.push({ in: 'query', name: 'agency', detail: 'không có cơ quan này (xem GET /agencies)' });
  if (errors.length) return problemResponse(invalidInput(errors));

  const q = query.q?.trim() ?? '';
  const hits = q && !isEmpty(db) ? db.catalogue.search(q) : [];
  const highlights = new Map(hits.map((hit) => [hit.code, hit.highlights]));
  const candidates = isEmpty(db)
    ? []
    : q
      ? hits.flatMap((hit) => db.catalogue.get(hit.code) ?? [])
      : db.catalogue.byName;
  const passes: Record<Filter, (entry: CatalogueEntry) => boolean> = {
    field: (entry) => !query.field || entry.fieldIds.includes(query.field),
    agency: (entry) => !agency || db.catalogue.executes(agency, entry),
    level: (entry) => !query.level || entry.row.level.includes(query.level),
    online: (entry) => !query.online || entry.detail.onlineLevel === query.online,
    audience: (entry) => !query.audience || entry.row.audience.includes(query.audience),
  };
  const filters = Object.keys(passes) as Filter[];
  // Each facet counts the matches of every filter except its own.
  const matchingExcept = (skip?: Filter) =>
    candidates.filter((entry) => filters.every((filter) => filter === skip || passes[filter](entry)));
  const matches = matchingExcept();
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  const result: ProcedureSearchResult = {
    items: matches.slice((page - 1) * pageSize, page * pageSize).map((entry) => ({
      ...toSummary(entry),
      ...(q ? { highlights: highlights.get(entry.row.code) ?? [] } : {}),
    })),
    total: matches.length,
    page,
    pageSize,
    facets: {
      field: countFacet(
        matchingExcept('field'),
        (entry) => entry.fieldIds,
        db.catalogue.fields.map((field) => [field.id, field.name]),
      ),
      level: countFacet(matchingExcept('level'), (entry) => entry.row.level, Object.entries(LEVEL_LABELS), true),
      online: countFacet(
        matchingExcept('online'),
        (entry) => [entry.detail.onlineLevel],
        Object.entries(ONLINE_LABELS),
        true,
      ),
      audience: countFacet(
        matchingExcept('audience'),
        (entry) => entry.row.audience,
        Object.entries(AUDIENCE_LABELS),
        true,
      ),
    },
  };
  return HttpResponse.json(result);
}
