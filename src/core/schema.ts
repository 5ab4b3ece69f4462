import * as z from 'zod/mini';

/*
 * Small schema helpers every element's configuration uses. Bounds are checked here
 * rather than with zod's own length and range checks: those cost more bundle than
 * this, and their messages would need wording anyway.
 */

export type Issues = z.core.$ZodRawIssue[];

export function flag(issues: Issues, path: PropertyKey[], message: string): void {
  issues.push({ code: 'custom', path, message, input: undefined });
}

/** A check that a number, or a string's or list's length, lies within min..max. */
export const within =
  (min: number, max: number) =>
  ({ value, issues }: z.core.ParsePayload<string | unknown[] | number>): void => {
    const isNumber = typeof value === 'number';
    const size = isNumber ? value : value.length;
    const unit = isNumber ? '' : typeof value === 'string' ? ' characters' : ' items';
    if (size < min || size > max) {
      flag(issues, [], min === 0 && !isNumber ? `must be at most ${max}${unit}` : `must be ${min}–${max}${unit}`);
    }
  };

/** Text of at most `max` characters (and at least `min`). */
export const text = (max: number, min = 0) => z.string().check(within(min, max));
/** A finite number within min..max. */
export const amount = (min: number, max: number) => z.number().check(within(min, max));
/** A whole number within min..max. */
export const count = (min: number, max: number) =>
  z.number().check(within(min, max), ({ value, issues }) => {
    if (!Number.isInteger(value)) flag(issues, [], `expected a whole number, got ${value}`);
  });
/** A check with a custom message, lighter than zod's refine. */
export const rule =
  <T>(test: (value: T) => boolean, message: string) =>
  ({ value, issues }: z.core.ParsePayload<T>): void => {
    if (!test(value)) flag(issues, [], message);
  };
export const list = <T extends z.ZodMiniType>(item: T, min: number, max: number) => z.array(item).check(within(min, max));

/** One of a fixed set of strings; lighter than zod's enum, with the same wording. */
export const oneOf = <const T extends readonly string[]>(values: T) =>
  z
    .string()
    .check(rule((value: string) => values.includes(value), `must be one of ${values.map((v) => JSON.stringify(v)).join(', ')}`)) as unknown as z.ZodMiniType<T[number]>;

// Anything but whitespace and the characters that show nothing: soft hyphen, zero-width
// spaces and joiners, direction marks and embeddings, word joiners, Hangul fillers, byte-order marks.
const VISIBLE = /[^\s\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u3164\ufeff]/;

/** Text that names something on screen (a button, a choice, a heading): blank or invisible-only text is refused. */
export const label = (max: number) =>
  z.string().check(within(0, max), rule((value: string) => VISIBLE.test(value), 'must contain visible text'));
