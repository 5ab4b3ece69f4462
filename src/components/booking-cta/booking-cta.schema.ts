import * as z from 'zod/mini';
import type { DeepPartial } from '../../core/config.js';
import { amount, count, label, oneOf, rule, text } from '../../core/schema.js';
import { parseSecureUrl } from '../../core/urls.js';
import { defaultBookingCopy, type BookingCopy } from './booking-cta.content.js';

/** Copy that may be left empty to show nothing; every other string names something and must be visible. */
const optionalCopy = new Set(['tagline', 'body']);
const copyShape = Object.fromEntries(
  Object.keys(defaultBookingCopy).map((key) => [key, optionalCopy.has(key) ? text(600) : label(600)]),
) as { [K in keyof BookingCopy]: ReturnType<typeof text> };

export const bookingConfigSchema = z.strictObject({
  href: z.string().check(rule((value: string) => parseSecureUrl(value) !== null, 'must be an https:// link to your scheduler')),
  mode: oneOf(['link', 'popup', 'inline']),
  scheduler: oneOf(['auto', 'calcom', 'calendly', 'other']),
  variant: oneOf(['card', 'button']),
  newTab: z.boolean(),
  /** Height of the inline scheduler, in CSS pixels. */
  height: amount(320, 2400),
  headingLevel: count(1, 6),
  utm: z.boolean(),
  context: z.boolean(),
  prefill: z.strictObject({
    name: z.optional(text(200)),
    email: z.optional(text(320)),
    notes: z.optional(text(2000)),
  }),
  copy: z.strictObject(copyShape),
});

export type BookingConfig = z.infer<typeof bookingConfigSchema>;
/** What a host may pass as `config` or in the JSON child: any part of the configuration. */
export type BookingConfigInput = DeepPartial<z.input<typeof bookingConfigSchema>>;

export const defaultBookingConfig: BookingConfig = {
  href: '',
  mode: 'link',
  scheduler: 'auto',
  variant: 'card',
  newTab: false,
  height: 720,
  headingLevel: 2,
  utm: true,
  context: true,
  prefill: {},
  copy: defaultBookingCopy,
};
