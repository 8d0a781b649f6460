import { describe, expect, it } from 'vitest';
import { findSurveyTarget } from '../../src/satisfaction-survey/survey-target.js';

const page = 'https://tiendu.bacninh.gov.vn/danh-gia';

describe('what the survey rates', () => {
  it('asks about the page when neither the attribute nor the URL names a dossier', () => {
    expect(findSurveyTarget(undefined, page)).toEqual({ kind: 'page' });
    expect(findSurveyTarget('  ', page)).toEqual({ kind: 'page' });
  });

  it("rates the dossier in ?ma-ho-so= (the tracker's link) when there is no dossier attribute", () => {
    expect(findSurveyTarget(undefined, `${page}?ma-ho-so=000.00.14.H56-250612-0118`)).toEqual({
      kind: 'dossier',
      code: '000.00.14.H56-250612-0118',
    });
  });

  it('prefers the dossier attribute to the page URL', () => {
    expect(findSurveyTarget(' 000.00.14.H56-250612-0118 ', `${page}?ma-ho-so=000.01.08.H56-261116-9006`)).toEqual({
      kind: 'dossier',
      code: '000.00.14.H56-250612-0118',
    });
  });

  it('keeps a code that is not a dossier code as given, to say which one cannot be rated', () => {
    expect(findSurveyTarget('HS-123', page)).toEqual({ kind: 'malformed', requested: 'HS-123' });
  });
});
