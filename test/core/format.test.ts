import { expect } from '@open-wc/testing';
import { isCurrencyCode, isLocaleTag, moneyFormat, numberFormat, plainNumberFormat } from '../../src/core/format.js';
import { isSafeLink, parseSecureUrl } from '../../src/core/urls.js';

describe('format', () => {
  it('formats whole currency amounts in the given locale, and unpriced amounts as text', () => {
    const usd = moneyFormat('USD', 'en-US', 'quoted');
    expect(usd(180000)).to.equal('$180,000');
    expect(usd(1234.56)).to.equal('$1,235');
    expect(usd(null)).to.equal('quoted');
    expect(moneyFormat('EUR', 'de-DE', '')(1234.56)).to.equal('1.235\u00a0€');
  });

  it('formats counts, keeping small fractions readable', () => {
    const number = plainNumberFormat('en-US');
    expect(number(1600)).to.equal('1,600');
    expect(number(0.45)).to.equal('0.45');
    expect(number(0.00375)).to.equal('0.0038');
  });

  it('builds one formatter per locale and options, and a different one when either differs', () => {
    const percent = numberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });
    expect(numberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 })).to.equal(percent);
    expect(percent.format(0.125)).to.equal('12.5%');
    expect(numberFormat('de-DE', { style: 'percent', maximumFractionDigits: 1 }).format(0.125)).to.equal('12,5\u00a0%');
    expect(numberFormat('en-US', { style: 'percent' }).format(0.125)).to.equal('13%');
    expect(numberFormat(undefined)).to.equal(numberFormat(undefined, {}));
  });

  it('keeps refusing a malformed locale or currency after a valid one was cached', () => {
    expect(() => numberFormat('en-US', { style: 'currency', currency: 'US' })).to.throw(RangeError);
    expect(() => numberFormat('not a locale!')).to.throw(RangeError);
    expect(isCurrencyCode('EUR')).to.equal(true);
    expect(isCurrencyCode('eur')).to.equal(true);
    expect(isCurrencyCode('XYZ')).to.equal(false);
    expect(isLocaleTag('not a locale!')).to.equal(false);
  });

  it('validates currency codes and locales', () => {
    expect(isCurrencyCode('GBP')).to.equal(true);
    expect(isCurrencyCode('pounds')).to.equal(false);
    expect(isCurrencyCode('XYZ')).to.equal(false);
    expect(isLocaleTag('fr-FR')).to.equal(true);
    expect(isLocaleTag('not a locale!')).to.equal(false);
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
