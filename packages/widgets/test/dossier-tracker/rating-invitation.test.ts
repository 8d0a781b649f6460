import { describe, expect, it } from 'vitest';
import { ratingLink } from '../../src/dossier-tracker/rating-invitation.js';

const base = 'https://dichvucong.bacninh.gov.vn/tra-cuu/ho-so';
const code = '000.00.14.H56-250612-0118';

describe('the link to the survey page', () => {
  it('carries the dossier code in ?ma-ho-so=', () => {
    expect(ratingLink('/danh-gia', code, base)).toBe(`https://dichvucong.bacninh.gov.vn/danh-gia?ma-ho-so=${code}`);
  });

  it('keeps the survey page own query parameters', () => {
    expect(ratingLink('https://example.gov.vn/khao-sat?nguon=tra-cuu', code, base)).toBe(
      `https://example.gov.vn/khao-sat?nguon=tra-cuu&ma-ho-so=${code}`,
    );
  });

  it.each([
    ['javascript:alert(1)'],
    [' JavaScript:alert(1)'],
    ['java\tscript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['vbscript:msgbox(1)'],
  ])('refuses %j', (surveyUrl) => {
    expect(ratingLink(surveyUrl, code, base)).toBeNull();
  });
});
