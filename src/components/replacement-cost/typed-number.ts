/**
 * Reads a number the way the reader writes it in `locale`: group separators and spaces
 * are optional, the locale's decimal sign is required for fractions. Anything else,
 * signs and exponents included, is not a number a reader would type here.
 */
export function readTypedNumber(text: string, locale: string | undefined): number | undefined {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  const sign = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  const plain = text.replace(/\s/g, '').split(sign('group')).join('').replace(sign('decimal'), '.');
  return /^(\d+\.?\d*|\.\d+)$/.test(plain) ? Number(plain) : undefined;
}
