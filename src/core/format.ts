/** Formats an amount of money; null is an unpriced figure, shown as the given text. */
export type Money = (amount: number | null) => string;
/** Formats a count, a number of hours or a share. */
export type Format = (amount: number) => string;

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * One shared formatter per locale and options: building an Intl.NumberFormat costs far
 * more than formatting with it, and every render formats dozens of numbers.
 * Throws a RangeError, as the constructor does, for a malformed locale or currency.
 */
export function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.NumberFormat(locale, options)));
  return formatter;
}

/** Whole currency units, since the estimates are not precise to the cent; null reads `unpriced`. */
export function moneyFormat(currency: string, locale: string | undefined, unpriced: string): Money {
  const { format } = numberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 });
  return (amount) => (amount === null ? unpriced : format(amount));
}

/** Counts and hours in the given locale; small fractions keep two significant digits. */
export function plainNumberFormat(locale: string | undefined): Format {
  const whole = numberFormat(locale, { maximumFractionDigits: 2 });
  const small = numberFormat(locale, { maximumSignificantDigits: 2 });
  return (n) => (n > 0 && n < 1 ? small : whole).format(n);
}

const accepts = (options: Intl.NumberFormatOptions, locale = 'en') => {
  try {
    numberFormat(locale, options);
    return true;
  } catch {
    return false;
  }
};

let knownCurrencies: Set<string> | undefined;

export function isCurrencyCode(code: string): boolean {
  if (!accepts({ style: 'currency', currency: code })) return false;
  // Intl accepts any three letters (`ABC` formats fine), so hold the code to the list
  // the runtime knows wherever it can tell us that list.
  if (!Intl.supportedValuesOf) return true;
  knownCurrencies ??= new Set(Intl.supportedValuesOf('currency'));
  return knownCurrencies.has(code.toUpperCase());
}

/** A well-formed language tag: anything else makes Intl throw a RangeError. */
export function isLocaleTag(tag: string): boolean {
  return accepts({}, tag);
}

/** Fills `{name}` placeholders in copy; unknown placeholders stay visible so a typo in host copy is noticed. */
export function fillCopy(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : match));
}
