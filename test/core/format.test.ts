import { expect } from '@open-wc/testing';
import { formatCurrency, formatNumber, isSupportedCurrency, isSupportedLocale } from '../../src/core/format.js';
import { isSafeLink, parseSecureUrl } from '../../src/core/urls.js';

describe('format', () => {
  it('formats whole currency amounts in the given locale', () => {
    expect(formatCurrency(180000, 'USD', 'en-US')).to.equal('$180,000');
    expect(formatCurrency(1234.56, 'EUR', 'de-DE')).to.equal('1.235\u00a0€');
    expect(formatNumber(0.45, 'en-US')).to.equal('0.45');
  });

  it('validates currency codes and locales', () => {
    expect(isSupportedCurrency('GBP')).to.equal(true);
    expect(isSupportedCurrency('pounds')).to.equal(false);
    expect(isSupportedLocale('fr-FR')).to.equal(true);
    expect(isSupportedLocale('not a locale!')).to.equal(false);
  });
});

describe('urls', () => {
  it('accepts https and local http only', () => {
    expect(parseSecureUrl('https://cal.com/x')?.href).to.equal('https://cal.com/x');
    expect(parseSecureUrl('http://localhost:3000/x')).to.not.equal(null);
    expect(parseSecureUrl('http://example.com')).to.equal(null);
    expect(parseSecureUrl(' JavaScript:alert(1)')).to.equal(null);
    expect(parseSecureUrl('/book', 'https://example.com/post')?.href).to.equal('https://example.com/book');
    expect(parseSecureUrl('/book', 'http://example.com/post')).to.equal(null);
  });

  it('accepts relative and http(s) links, refuses script links', () => {
    expect(isSafeLink('/quiz')).to.equal(true);
    expect(isSafeLink('https://example.com/calc')).to.equal(true);
    expect(isSafeLink('javascript:alert(1)')).to.equal(false);
    expect(isSafeLink('data:text/html,x')).to.equal(false);
  });
});
