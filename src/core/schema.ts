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
    .check(
      rule((value: string) => values.includes(value), `must be one of ${values.map((v) => JSON.stringify(v)).join(', ')}`),
    ) as unknown as z.ZodMiniType<T[number]>;

/*
 * Nothing a reader could see: white space, zero-width and bidi controls, soft hyphens,
 * variation selectors, tag characters, unassigned code points (\p{Cn}) and lone surrogates.
 */
// Variation selectors stand alone in the class on purpose: alone, they show nothing.
// eslint-disable-next-line no-misleading-character-class
const INVISIBLE = /^[\s\p{Cc}\p{Cf}\p{Cn}\p{Cs}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0\u2800\uFE00-\uFE0F]*$/u;

/** Text that names something (a button, a choice, a heading): at most `max` characters, and visible. */
export const label = (max: number) =>
  text(max).check(rule((value: string) => !INVISIBLE.test(value), 'must contain visible text'));
