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
export const count = (min: number, max: number) => z.int().check(within(min, max));
export const list = <T extends z.ZodMiniType>(item: T, min: number, max: number) => z.array(item).check(within(min, max));
