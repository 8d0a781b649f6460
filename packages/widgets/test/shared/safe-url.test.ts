import { describe, expect, it } from 'vitest';
import { httpUrl } from '../../src/shared/safe-url.js';

describe('httpUrl', () => {
  it.each([
    ['https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc.html?ma=1.004222'],
    ['http://dichvucong.bacninh.gov.vn/'],
  ])('keeps the http(s) URL %s', (value) => {
    expect(httpUrl(value)).toBe(value);
  });

  it('normalises what the browser would: spaces around, upper-case scheme and host', () => {
    expect(httpUrl('  HTTPS://DichVuCong.gov.vn/a b  ')).toBe('https://dichvucong.gov.vn/a%20b');
  });

  it.each([
    ['javascript:alert(1)'],
    ['JavaScript:alert(document.cookie)'],
    ['  javascript:alert(1)'],
    ['\u0000javascript:alert(1)'],
    ['\u0001 javascript:alert(1)'],
    ['java\tscript:alert(1)'],
    ['java\nscript:alert(1)'],
    ['jav\r\nascript:alert(1)'],
    ['javascript://%0Aalert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['vbscript:msgbox("1")'],
    ['VBScript:msgbox("1")'],
    ['file:///etc/passwd'],
    ['ftp://files.example.gov.vn/form.pdf'],
    ['blob:https://example.gov.vn/0b1e6a3c'],
    ['mailto:motcua@bacninh.gov.vn'],
  ])('refuses %j', (value) => {
    expect(httpUrl(value)).toBeNull();
  });

  it.each([['/thu-tuc/1.004222'], ['thu-tuc?ma=1'], ['//evil.example/x'], ['#top'], [''], ['   ']])(
    'refuses the relative or empty %j without a base',
    (value) => {
      expect(httpUrl(value)).toBeNull();
    },
  );

  it.each([[null], [undefined], [42], [{ href: 'https://example.gov.vn/' }]])('refuses the non-string %j', (value) => {
    expect(httpUrl(value)).toBeNull();
  });

  it('resolves a relative URL against a base, and still refuses other schemes there', () => {
    const base = 'https://tiendu.bacninh.gov.vn/tra-cuu/ho-so';
    expect(httpUrl('/danh-gia', base)).toBe('https://tiendu.bacninh.gov.vn/danh-gia');
    expect(httpUrl('danh-gia?nguon=qr', base)).toBe('https://tiendu.bacninh.gov.vn/tra-cuu/danh-gia?nguon=qr');
    expect(httpUrl(' Java\tScript:alert(1)', base)).toBeNull();
    expect(httpUrl('data:text/html,x', base)).toBeNull();
  });
});
