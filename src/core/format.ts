/** Formats an amount of money; null is an unpriced figure, shown as the given text. */
export type Money = (amount: number | null) => string;
/** Formats a count, a number of hours or a share. */
export type Format = (amount: number) => string;

/** Whole currency units, since the estimates are not precise to the cent; null reads `unpriced`. */
export function moneyFormat(currency: string, locale: string | undefined, unpriced: string): Money {
  const { format } = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 });
  return (amount) => (amount === null ? unpriced : format(amount));
}

/** Counts and hours in the given locale; small fractions keep two significant digits. */
export function plainNumberFormat(locale: string | undefined): Format {
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const small = new Intl.NumberFormat(locale, { maximumSignificantDigits: 2 });
  return (n) => (n > 0 && n < 1 ? small : whole).format(n);
}

export function isCurrencyCode(code: string): boolean {
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency: code });
  } catch {
    return false;
  }
  // Intl accepts any three letters (`ABC` formats fine), so hold the code to the list
  // the runtime knows wherever it can tell us that list.
  return Intl.supportedValuesOf?.('currency').includes(code.toUpperCase()) ?? true;
}

export function isLocaleTag(tag: string): boolean {
  try {
    // Throws a RangeError for anything that is not a well-formed language tag.
    return !!new Intl.NumberFormat(tag);
  } catch {
    return false;
  }
}

/** Fills `{name}` placeholders in copy; unknown placeholders stay visible so a typo in host copy is noticed. */
export function fillCopy(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : match));
}
