const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.NumberFormat(locale, options);
    formatters.set(key, cached);
  }
  return cached;
}

/** Whole currency units: the estimates are not precise to the cent. */
export function formatCurrency(value: number, currency: string, locale?: string): string {
  return formatter(locale, { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(value);
}

export function formatNumber(value: number, locale?: string, maximumFractionDigits = 2): string {
  return formatter(locale, { maximumFractionDigits }).format(value);
}

export function isSupportedCurrency(code: string): boolean {
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency: code });
    return /^[A-Za-z]{3}$/.test(code);
  } catch {
    return false;
  }
}

export function isSupportedLocale(locale: string): boolean {
  try {
    return Intl.NumberFormat.supportedLocalesOf([locale]).length > 0;
  } catch {
    return false;
  }
}
