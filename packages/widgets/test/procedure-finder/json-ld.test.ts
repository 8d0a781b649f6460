import type { Procedure } from '@hcc/sdk';
import { describe, expect, it } from 'vitest';
import { jsonLdText, toGovernmentService } from '../../src/procedure-finder/json-ld.js';

const procedure: Procedure = {
  code: '1.004222',
  name: 'Đăng ký thường trú',
  fields: ['Đăng ký, quản lý cư trú'],
  levels: ['commune'],
  audience: ['citizen'],
  onlineLevel: 'partial',
  processingTime: { value: 7, unit: 'working-day' },
  sampleData: false,
  channels: [
    { channel: 'online', processingTime: { value: 7, unit: 'working-day' }, fees: [{ kind: 'charge', amount: 10000 }] },
    {
      channel: 'in-person',
      processingTime: { value: 7, unit: 'working-day' },
      fees: [{ kind: 'charge', amount: 20000 }],
    },
  ],
  cases: [],
  steps: [],
  conditions: [],
  legalBasis: [],
  results: ['Xác nhận thông tin về cư trú'],
  executingAgencies: ['Công an cấp xã'],
  receivingPlaces: ['Công an xã Tiên Du'],
  onlineSubmissionUrl: 'https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc.html?ma=1.004222',
};

describe('toGovernmentService', () => {
  it('describes the procedure as a schema.org GovernmentService', () => {
    const service = toGovernmentService(procedure, 'https://tiendu.bacninh.gov.vn/tthc?thu-tuc=1.004222');
    expect(service).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'GovernmentService',
      name: 'Đăng ký thường trú',
      identifier: '1.004222',
      provider: [{ '@type': 'GovernmentOrganization', name: 'Công an cấp xã' }],
      url: 'https://tiendu.bacninh.gov.vn/tthc?thu-tuc=1.004222',
    });
    expect(service.offers).toEqual([
      { '@type': 'Offer', name: 'Trực tuyến', price: 10000, priceCurrency: 'VND' },
      { '@type': 'Offer', name: 'Trực tiếp', price: 20000, priceCurrency: 'VND' },
    ]);
    expect(service.availableChannel).toContainEqual({
      '@type': 'ServiceChannel',
      name: 'Trực tuyến',
      serviceUrl: procedure.onlineSubmissionUrl,
    });
  });
});

describe('toGovernmentService with URLs from data', () => {
  it.each([
    ['javascript:alert(1)'],
    [' JavaScript:alert(document.domain)'],
    ['java\tscript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['vbscript:msgbox(1)'],
    ['/thu-tuc/1.004222'],
  ])('leaves out an online-submission URL %j that is not an absolute http(s) URL', (onlineSubmissionUrl) => {
    const service = toGovernmentService({ ...procedure, onlineSubmissionUrl });
    expect(JSON.stringify(service)).not.toContain('serviceUrl');
    expect(service.availableChannel).toContainEqual({ '@type': 'ServiceChannel', name: 'Trực tuyến' });
  });

  it('writes the online-submission URL as the browser reads it', () => {
    const service = toGovernmentService({ ...procedure, onlineSubmissionUrl: ' HTTPS://DichVuCong.gov.vn/nop ' });
    expect(service.availableChannel).toContainEqual({
      '@type': 'ServiceChannel',
      name: 'Trực tuyến',
      serviceUrl: 'https://dichvucong.gov.vn/nop',
    });
  });

  it('leaves out a page URL that is not http(s)', () => {
    expect(toGovernmentService(procedure, 'javascript:alert(1)')).not.toHaveProperty('url');
  });
});

describe('jsonLdText', () => {
  it('escapes < so that a name cannot close the script element', () => {
    const text = jsonLdText({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
