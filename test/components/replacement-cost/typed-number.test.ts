import { expect } from '@open-wc/testing';
import { readTypedNumber } from '../../../src/components/replacement-cost/typed-number.js';

describe('typed numbers: readTypedNumber', () => {
  it('reads plain and grouped numbers in en-US', () => {
    expect(readTypedNumber('1234', 'en-US')).to.equal(1234);
    expect(readTypedNumber('1,234', 'en-US')).to.equal(1234);
    expect(readTypedNumber(' 1,234,567.5 ', 'en-US')).to.equal(1234567.5);
    expect(readTypedNumber('12.', 'en-US')).to.equal(12);
    expect(readTypedNumber('.5', 'en-US')).to.equal(0.5);
  });

  it('refuses a grouping separator in the wrong place instead of dropping it', () => {
    // "12,5" is not 125 in en-US, and "1,234.5" is not 1.2345 in de-DE.
    for (const [text, locale] of [
      ['12,5', 'en-US'],
      ['1,23,4', 'en-US'],
      ['1,2345', 'en-US'],
      ['1,234.5', 'de-DE'],
      ['12.5', 'de-DE'],
    ]) {
      expect(readTypedNumber(text!, locale), `${text} in ${locale}`).to.equal(undefined);
    }
  });

  it('reads the decimal sign and grouping of de-DE and fr-FR', () => {
    expect(readTypedNumber('7,5', 'de-DE')).to.equal(7.5);
    expect(readTypedNumber('200.000', 'de-DE')).to.equal(200_000);
    // French groups with a narrow no-break space; a reader types a plain one.
    expect(readTypedNumber('200 000,5', 'fr-FR')).to.equal(200_000.5);
    expect(readTypedNumber('200\u202f000', 'fr-FR')).to.equal(200_000);
  });

  it('reads the locale’s own digits, as the field shows them', () => {
    // Arabic-Indic (ar-EG), Persian (fa-IR) and Bengali (bn-BD, with Indian grouping).
    expect(readTypedNumber('١٨٠٬٠٠٠', 'ar-EG')).to.equal(180_000);
    expect(readTypedNumber('٧٫٥', 'ar-EG')).to.equal(7.5);
    expect(readTypedNumber('۱۸۰٬۰۰۰', 'fa-IR')).to.equal(180_000);
    expect(readTypedNumber('১,৮০,০০০', 'bn-BD')).to.equal(180_000);
    expect(readTypedNumber('৩', 'bn-BD')).to.equal(3);
    // Latin digits still work everywhere.
    expect(readTypedNumber('180000', 'ar-EG')).to.equal(180_000);
  });

  it('reads back every number the field formats, in each of these locales', () => {
    for (const locale of ['en-US', 'de-DE', 'fr-FR', 'en-IN', 'ar-EG', 'fa-IR', 'bn-BD']) {
      for (const value of [0, 3, 12.5, 1234.5, 180_000, 10_000_000]) {
        const shown = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
        expect(readTypedNumber(shown, locale), `${shown} in ${locale}`).to.equal(value);
      }
    }
  });

  it('refuses signs, exponents, words and empty text, and never returns -0', () => {
    for (const text of ['', ' ', '-5', '+5', '1e3', 'lots', '0x10', 'Infinity', '.', ',']) {
      expect(readTypedNumber(text, 'en-US'), JSON.stringify(text)).to.equal(undefined);
    }
    expect(Object.is(readTypedNumber('0', 'en-US'), 0)).to.equal(true);
  });
});
