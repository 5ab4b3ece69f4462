import * as z from 'zod/mini';
import type { DeepPartial } from '../../core/config.js';
import { isCurrencyCode, isLocaleTag } from '../../core/format.js';
import { amount, count, oneOf, rule, text } from '../../core/schema.js';
import type { CostAssumptions, CostInputs } from './cost-model.js';
import { defaultCostCopy, type CostCopy } from './replacement-cost.content.js';

/** What the reader may enter, the site owner's defaults, and the schemas that hold both to it. */

export type NumericInputName = 'pipelines' | 'engineerCost' | 'opsHours' | 'toolSpend' | 'consultantFee';
export type ToggleInputName = 'afterHours' | 'sharedOnCall' | 'vendorExit' | 'keepInHouse';

/** Every numeric input runs from 0 up to `max`. */
export interface InputBound {
  max: number;
  integer: boolean;
  /** Formatted with the configured currency, and typed rather than slid. */
  money: boolean;
}

const MONEY_MAX = 1e7;

const bound = (max: number, money = false, integer = false): InputBound => ({ max, integer, money });

/** The numeric inputs, in the order the element shows them. */
export const inputBounds: Readonly<Record<NumericInputName, InputBound>> = {
  pipelines: bound(100, false, true),
  engineerCost: bound(MONEY_MAX, true),
  opsHours: bound(500),
  toolSpend: bound(MONEY_MAX, true),
  consultantFee: bound(MONEY_MAX, true),
};

export const numericInputNames = Object.keys(inputBounds) as NumericInputName[];
export const toggleInputNames: readonly ToggleInputName[] = ['afterHours', 'sharedOnCall', 'vendorExit', 'keepInHouse'];

/** How the element groups the inputs, each group under its copy key. */
export const inputGroups = [
  ['situation', ['pipelines', 'afterHours', 'sharedOnCall', 'keepInHouse']],
  ['team', ['engineerCost', 'opsHours']],
  ['vendorGroup', ['toolSpend', 'consultantFee', 'vendorExit']],
] as const;

export const defaultInputs: Readonly<CostInputs> = {
  pipelines: 3,
  engineerCost: 180_000,
  opsHours: 20,
  afterHours: true,
  toolSpend: 60_000,
  consultantFee: 150_000,
  vendorExit: false,
  keepInHouse: false,
  sharedOnCall: false,
};

export const defaultAssumptions: Readonly<CostAssumptions> = {
  currency: 'USD',
  productiveHours: 1600,
  rotation: 4,
  hireMonths: 4,
  recruitingRate: 0.2,
  migrationWeeks: 3,
  rebuildWeeks: 4,
  ownerShare: 0.1,
  partnerFee: null,
  partnerOpsPerPipeline: null,
  honestFitThreshold: 5,
  horizonYears: 3,
};

const flag = z.boolean();
const price = z.optional(z.nullable(amount(0, MONEY_MAX)));
const weeks = amount(0, 104);
const share = amount(0, 1);

// Strict objects: a misspelt key in host config (`pipeline: 6`) is reported instead of
// silently falling back to a default.
export const costInputsShape = {
  ...(Object.fromEntries(
    Object.entries(inputBounds).map(([name, { max, integer }]) => [name, (integer ? count : amount)(0, max)]),
  ) as Record<NumericInputName, z.ZodMiniNumber<number>>),
  afterHours: flag,
  vendorExit: flag,
  keepInHouse: flag,
  sharedOnCall: flag,
};

export const costInputsSchema: z.ZodMiniType<CostInputs, CostInputs> = z.strictObject(costInputsShape);

export const costAssumptionsShape = {
  currency: z.string().check(rule(isCurrencyCode, 'must be a currency code such as USD or EUR')),
  locale: z.optional(z.string().check(rule(isLocaleTag, 'must be a language tag such as en-US'))),
  // At least one hour keeps the load finite; at most every hour of a year.
  productiveHours: amount(1, 8760),
  rotation: count(1, 50),
  hireMonths: amount(0, 36),
  recruitingRate: share,
  migrationWeeks: weeks,
  rebuildWeeks: weeks,
  ownerShare: share,
  partnerFee: price,
  partnerOpsPerPipeline: price,
  // Pipelines go up to 100, so 101 switches the honest-fit rule off.
  honestFitThreshold: count(1, 101),
  horizonYears: count(1, 10),
};

export const costAssumptionsSchema: z.ZodMiniType<CostAssumptions, CostAssumptions> = z.strictObject(costAssumptionsShape);

/** Whether `value` is acceptable for one numeric input on its own. */
export const isValidInput = (name: NumericInputName, value: unknown): boolean =>
  z.safeParse(costInputsShape[name], value).success;

const copyText = text(600);

const copyShape = Object.fromEntries(Object.keys(defaultCostCopy).map((key) => [key, copyText])) as {
  [K in keyof CostCopy]: typeof copyText;
};

/** The site owner's assumptions at the top level, the reader's starting inputs, and the wording. */
export const costConfigSchema = z.strictObject({
  ...costAssumptionsShape,
  inputs: costInputsSchema,
  headingLevel: count(1, 6),
  /** Where `sync-url` keeps the inputs: the fragment unless the site owner asks for the query string. */
  urlPlace: oneOf(['fragment', 'query'] as const),
  copy: z.strictObject(copyShape),
});

export type CostConfig = z.infer<typeof costConfigSchema>;
/** What a host may pass as `config` or in the JSON child: any part of the configuration. */
export type CostConfigInput = DeepPartial<z.input<typeof costConfigSchema>>;

export const defaultCostConfig: CostConfig = {
  ...defaultAssumptions,
  inputs: defaultInputs,
  headingLevel: 2,
  urlPlace: 'fragment',
  copy: defaultCostCopy,
};
