import { HttpResponse } from 'msw';
import type { MockDatabase } from '../db.js';
import { vietnamClock } from '../dossiers/record.js';
import { invalidInput, notFound, problemResponse } from '../http/problems.js';
import { date, parseQuery, text } from '../http/validate.js';
import { computeStats } from '../stats.js';

export function getStats(db: MockDatabase, url: URL): Response {
  const { query, errors } = parseQuery(url, { agency: text(100), from: date, to: date });
  if (query.from && query.to && query.from > query.to) {
    errors.push({ in: 'query', name: 'from', detail: 'phải trước hoặc bằng "to"' });
  }
  if (errors.length) return problemResponse(invalidInput(errors));
  if (query.agency && !db.catalogue.agency(query.agency)) {
    return problemResponse(notFound('agency', `Không có cơ quan "${query.agency}".`));
  }
  const records = db.scenario.name === 'empty' ? [] : db.dossiers.values();
  return HttpResponse.json(computeStats(db, records, query, vietnamClock(db.now()).date));
}
