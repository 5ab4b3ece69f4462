import { numberFormat } from '../../core/format.js';

/**
 * Reads a number the way a reader writes it in `locale`, strictly: grouping separators
 * are optional but, where used, must sit where the locale puts them ("12,5" in en-US is
 * not 125, "1,234.5" in de-DE is not 1.2345); the locale's decimal sign is the only one;
 * the locale's own digits (Arabic-Indic, Persian, Bengali…) are read as well as 0–9.
 * Signs, exponents and anything else give undefined: not a number a reader types here.
 */
export function readTypedNumber(text: string, locale: string | undefined): number | undefined {
  const { digits, group, decimalSign, pattern } = numberReader(locale);
  const plain = text.trim().replace(/\p{Nd}/gu, (char) => String(digits.includes(char) ? digits.indexOf(char) : char));
  if (!/\d/.test(plain) || !pattern.test(plain)) return undefined;
  return Number(plain.replace(new RegExp(group, 'g'), '').replace(decimalSign, '.')) + 0;
}

interface NumberReader {
  digits: string[];
  group: string;
  decimalSign: string;
  pattern: RegExp;
}

const readers = new Map<string, NumberReader>();

/** What a locale's numbers look like; worked out once per locale, since Intl is slow to ask. */
function numberReader(locale: string | undefined): NumberReader {
  const known = readers.get(locale ?? '');
  if (known) return known;
  const format = numberFormat(locale, { useGrouping: true });
  const parts = format.formatToParts(1234567.8);
  const sign = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  // Group sizes from the right: 3 then 3 in most locales, 3 then 2 in Indian grouping.
  const groups = parts.filter((part) => part.type === 'integer').map((part) => part.value.length);
  const first = groups.at(-1) ?? 3;
  const next = groups.at(-2) ?? first;
  const digits = [...format.format(9876543210)].filter((char) => /\p{Nd}/u.test(char)).reverse();
  // A group sign that is a space (fr-FR, sv-SE) may be typed as any space.
  const group = /\s/.test(sign('group')) ? '\\s' : escape(sign('group'));
  const decimal = escape(sign('decimal'));
  const grouped = `\\d{1,${next}}(${group}\\d{${next}})*${group}\\d{${first}}`;
  const reader = { digits, group, decimalSign: sign('decimal'), pattern: new RegExp(`^(\\d+|${grouped})?(${decimal}\\d*)?$`) };
  readers.set(locale ?? '', reader);
  return reader;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
