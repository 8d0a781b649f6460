import { agencyLevels, audiences, onlineLevels, procedureLevels, procedureSorts, selectAgencies } from '@hcc/sdk';
import { listProcedures } from '@hcc/sdk/search';
import { HttpResponse } from 'msw';
import { toProcedure, toSummary } from '../catalogue/catalogue.js';
import type { MockDatabase } from '../db.js';
import { vietnamClock } from '../dossiers/record.js';
import { invalidInput, notFound, problemResponse } from '../http/problems.js';
import { boolean, date, integer, oneOf, PROCEDURE_CODE, parsePath, parseQuery, text } from '../http/validate.js';

/** What the catalogue endpoints serve: nothing in the `empty` scenario. */
const isEmpty = (db: MockDatabase) => db.scenario.name === 'empty';

export function listAgencies(db: MockDatabase, url: URL): Response {
  const { query, errors } = parseQuery(url, { at: date, includeFormer: boolean, level: oneOf(agencyLevels) });
  if (errors.length) return problemResponse(invalidInput(errors));
  const agencies = isEmpty(db) ? [] : db.catalogue.agencies;
  return HttpResponse.json({ items: selectAgencies(agencies, query, vietnamClock(db.now()).date) });
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

export function searchProcedures(db: MockDatabase, url: URL): Response {
  const { query, errors } = parseQuery(url, {
    q: text(200),
    field: text(100),
    agency: text(100),
    level: oneOf(procedureLevels),
    online: oneOf(onlineLevels),
    audience: oneOf(audiences),
    sort: oneOf(procedureSorts),
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

  // listProcedures puts them in the order asked.
  const entries = isEmpty(db) ? [] : db.catalogue.entries;
  const procedures = (agency ? entries.filter((entry) => db.catalogue.executes(agency, entry)) : entries).map(
    toSummary,
  );
  const popularity = isEmpty(db) ? undefined : db.popularity(vietnamClock(db.now()).date);
  return HttpResponse.json(
    listProcedures(procedures, query, {
      fields: db.catalogue.fields,
      search: db.catalogue.search,
      ...(popularity ? { popularity } : {}),
    }),
  );
}
