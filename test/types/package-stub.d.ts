// Development stand-in while the deep-partial config input types are not yet exported
// from the package root: resolves `ops-partner-widgets` for the type tests only.
// Remove this file and the `paths` entry in tsconfig.json once src/index.ts exports them.
export * from '../../dist/types/index.js';
import type { BookingConfig, CostConfig, IdentitiesConfig, QuizConfig } from '../../dist/types/index.js';

type DeepPartial<T> = T extends readonly (infer Item)[]
  ? readonly DeepPartial<Item>[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

export type BookingConfigInput = DeepPartial<BookingConfig>;
export type CostConfigInput = DeepPartial<CostConfig>;
export type IdentitiesConfigInput = DeepPartial<IdentitiesConfig>;
export type QuizConfigInput = DeepPartial<QuizConfig>;
