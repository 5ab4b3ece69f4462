import * as z from 'zod/mini';

/**
 * The replacement-cost model behind `<ops-replacement-cost>`: reader inputs, site-owner
 * assumptions, their schemas, and the estimate itself. No DOM and no copy except
 * `recommendationText`, so the element decides how everything reads and looks.
 */

export type OptionId = 'in-house' | 'vendor' | 'consultant' | 'partner';

/** The four ways to run AI pipelines, in the order the table and chart show them. */
export const optionIds: readonly OptionId[] = ['in-house', 'vendor', 'consultant', 'partner'];

/** What the reader enters. */
export interface CostInputs {
  /** P: AI pipelines in production. */
  pipelines: number;
  /** E: fully loaded yearly cost of one platform engineer. */
  engineerCost: number;
  /** H: operating hours per pipeline per month. */
  opsHours: number;
  /** A: something needs a human outside business hours. */
  afterHours: boolean;
  /** T: yearly spend on AI tools and seats. */
  toolSpend: number;
  /** K: one-off consulting engagement. */
  consultantFee: number;
  /** X: the current vendor hands back data, audit trail and outputs on exit. */
  vendorExit: boolean;
  /** The team wants to keep operations in-house. */
  keepInHouse: boolean;
}

/** What the site owner configures; every value is shown to the reader. */
export interface CostAssumptions {
  /** ISO 4217 code, e.g. `USD`. */
  currency: string;
  /** BCP 47 tag; undefined formats in the reader's own locale. */
  locale?: string | undefined;
  productiveHours: number;
  rotation: number;
  hireMonths: number;
  recruitingRate: number;
  migrationWeeks: number;
  rebuildWeeks: number;
  ownerShare: number;
  /** One-off engagement fee; null or absent means it is quoted on the discovery call. */
  partnerFee?: number | null | undefined;
  /** Annual operations support per pipeline; null or absent means quoted on the call. */
  partnerOpsPerPipeline?: number | null | undefined;
  honestFitThreshold: number;
}

export type NumericInputName = 'pipelines' | 'engineerCost' | 'opsHours' | 'toolSpend' | 'consultantFee';
export type ToggleInputName = 'afterHours' | 'vendorExit' | 'keepInHouse';

export interface InputBound {
  min: number;
  max: number;
  /** Increment for steppers and sliders; the schema accepts any value in range unless `integer`. */
  step: number;
  integer: boolean;
  /** Formatted with the configured currency rather than as a plain number. */
  money: boolean;
  unit: string;
}

const MONEY_MAX = 10_000_000;

export const inputBounds: Readonly<Record<NumericInputName, InputBound>> = Object.freeze({
  pipelines: { min: 0, max: 100, step: 1, integer: true, money: false, unit: 'pipelines' },
  engineerCost: { min: 0, max: MONEY_MAX, step: 1000, integer: false, money: true, unit: 'per year' },
  opsHours: { min: 0, max: 500, step: 1, integer: false, money: false, unit: 'hours per pipeline per month' },
  toolSpend: { min: 0, max: MONEY_MAX, step: 1000, integer: false, money: true, unit: 'per year' },
  consultantFee: { min: 0, max: MONEY_MAX, step: 1000, integer: false, money: true, unit: 'one-off' },
});

export const toggleInputNames: readonly ToggleInputName[] = ['afterHours', 'vendorExit', 'keepInHouse'];

export const defaultInputs: Readonly<CostInputs> = Object.freeze({
  pipelines: 3,
  engineerCost: 180_000,
  opsHours: 20,
  afterHours: true,
  toolSpend: 60_000,
  consultantFee: 150_000,
  vendorExit: false,
  keepInHouse: false,
});

export const defaultAssumptions: Readonly<CostAssumptions> = Object.freeze({
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
});

// ---------------------------------------------------------------------------
// Schemas

function bounded(bound: InputBound) {
  return (bound.integer ? z.int() : z.number()).check(z.gte(bound.min), z.lte(bound.max));
}

function between(min: number, max: number) {
  return z.number().check(z.gte(min), z.lte(max));
}

function wholeBetween(min: number, max: number) {
  return z.int().check(z.gte(min), z.lte(max));
}

let knownCurrencies: readonly string[] | undefined;

function isCurrencyCode(code: string): boolean {
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency: code });
  } catch {
    return false;
  }
  // Intl accepts any three letters (`ABC` formats fine), so hold the code to the list
  // the runtime knows wherever it can tell us that list.
  if (typeof Intl.supportedValuesOf !== 'function') return true;
  knownCurrencies ??= Intl.supportedValuesOf('currency');
  return knownCurrencies.includes(code.toUpperCase());
}

function isLocaleTag(tag: string): boolean {
  try {
    new Intl.NumberFormat(tag);
    return true;
  } catch {
    return false;
  }
}

// Strict objects: a misspelt key in host config (`pipeline: 6`) is reported instead of
// silently falling back to a default.
// The shapes are exported so that the element's config schema can embed them.
export const costInputsShape = {
  pipelines: bounded(inputBounds.pipelines),
  engineerCost: bounded(inputBounds.engineerCost),
  opsHours: bounded(inputBounds.opsHours),
  afterHours: z.boolean(),
  toolSpend: bounded(inputBounds.toolSpend),
  consultantFee: bounded(inputBounds.consultantFee),
  vendorExit: z.boolean(),
  keepInHouse: z.boolean(),
};

export const costInputsSchema: z.ZodMiniType<CostInputs> = z.strictObject(costInputsShape);

export const costAssumptionsShape = {
  currency: z.string().check(z.refine(isCurrencyCode, 'must be a currency code such as USD or EUR')),
  locale: z.optional(z.string().check(z.refine(isLocaleTag, 'must be a language tag such as en-US'))),
  // At least one hour keeps the load finite; at most every hour of a year.
  productiveHours: between(1, 8760),
  rotation: wholeBetween(1, 50),
  hireMonths: between(0, 36),
  recruitingRate: between(0, 1),
  migrationWeeks: between(0, 104),
  rebuildWeeks: between(0, 104),
  ownerShare: between(0, 1),
  partnerFee: z.optional(z.nullable(between(0, MONEY_MAX))),
  partnerOpsPerPipeline: z.optional(z.nullable(between(0, MONEY_MAX))),
  // Pipelines go up to 100, so 101 switches the honest-fit rule off.
  honestFitThreshold: wholeBetween(1, 101),
};

export const costAssumptionsSchema: z.ZodMiniType<CostAssumptions> = z.strictObject(costAssumptionsShape);

/**
 * Why a field was refused: `type` (wrong kind of value, NaN or Infinity), `integer`
 * (a fraction where a whole number is needed), `range` (outside the bounds),
 * `unknown` (no such field), `invalid` (e.g. a currency Intl does not know).
 */
export type ProblemReason = 'type' | 'integer' | 'range' | 'unknown' | 'invalid';

export interface FieldProblem {
  /** The field name, or null when the value as a whole is unusable. */
  field: string | null;
  reason: ProblemReason;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

function reasonFor(issue: z.core.$ZodIssue, value: unknown): ProblemReason {
  switch (issue.code) {
    case 'too_small':
    case 'too_big':
      return 'range';
    case 'invalid_type':
      return issue.expected === 'int' && Number.isFinite(value) ? 'integer' : 'type';
    case 'unrecognized_keys':
      return 'unknown';
    default:
      return 'invalid';
  }
}

function parseOver<T extends object>(schema: z.ZodMiniType<T>, defaults: Readonly<T>, partial: unknown): ParseResult<T> {
  if (partial === undefined || partial === null) return { ok: true, value: { ...defaults } };
  if (typeof partial !== 'object' || Array.isArray(partial)) {
    return { ok: false, problems: [{ field: null, reason: 'type' }] };
  }
  let merged: Record<string, unknown>;
  try {
    // Spreading defines own properties, so a `__proto__` key stays a plain (unknown) key
    // instead of replacing the prototype. Undefined means "not given", as in a partial.
    const given = Object.fromEntries(Object.entries(partial).filter(([, value]) => value !== undefined));
    merged = { ...defaults, ...given };
  } catch {
    // Throwing getters or proxies: nothing in it can be trusted.
    return { ok: false, problems: [{ field: null, reason: 'invalid' }] };
  }
  const result = z.safeParse(schema, merged);
  if (result.success) return { ok: true, value: result.data };

  const problems: FieldProblem[] = [];
  const seen = new Set<string | null>();
  const add = (field: string | null, reason: ProblemReason) => {
    // One problem per field is what an inline message can show.
    if (seen.has(field)) return;
    seen.add(field);
    problems.push({ field, reason });
  };
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) add(key, 'unknown');
      continue;
    }
    const field = issue.path.length > 0 ? String(issue.path[0]) : null;
    add(field, reasonFor(issue, field === null ? merged : merged[field]));
  }
  return { ok: false, problems };
}

/** Merges a partial set of inputs over the defaults and validates the result. */
export function parseInputs(partial: unknown, defaults: Readonly<CostInputs> = defaultInputs): ParseResult<CostInputs> {
  return parseOver(costInputsSchema, defaults, partial);
}

/** Merges host-configured assumptions over the defaults and validates the result. */
export function parseAssumptions(
  partial: unknown,
  defaults: Readonly<CostAssumptions> = defaultAssumptions,
): ParseResult<CostAssumptions> {
  return parseOver(costAssumptionsSchema, defaults, partial);
}

// ---------------------------------------------------------------------------
// Estimate

interface OptionCosts {
  id: OptionId;
  /** One-off cost to replace what this relationship does if it ended tomorrow. */
  replacement: number;
}

/**
 * A partner without a configured price is quoted on the discovery call: its yearly
 * figures are null rather than zero, so no chart or sum can mistake them for a price.
 * Its replacement cost does not depend on the price and stays a number.
 */
export type CostOption =
  | (OptionCosts & { priced: true; year1: number; year2: number })
  | (OptionCosts & { priced: false; year1: null; year2: null });

export type Recommendation =
  | {
      /** The team wants to own operations and runs enough pipelines to justify it. */
      id: 'hire-platform-engineer';
      optionId: 'in-house';
      pipelines: number;
      threshold: number;
    }
  | {
      /** Nothing runs in production yet. */
      id: 'nothing-in-production';
    }
  | {
      id: 'cheapest';
      /** Lowest Year 2 among priced options; ties go to the lower Year 1, then list order. */
      optionId: OptionId;
      /** Other priced options with exactly the same Year 2 cost. */
      tiedWith: OptionId[];
      /** After-hours cover, not the workload, set the in-house staff count. */
      coverageDriven: boolean;
      /** The partner has no configured price and is left out of the comparison. */
      partnerUnpriced: boolean;
    };

export interface CostEstimate {
  /** W = E / 52. */
  engineerWeek: number;
  /** L, in engineer-years of operating work. */
  load: number;
  /** S, engineers needed to run it in-house. */
  staff: number;
  /** S > ⌈L⌉: the on-call rotation, not the workload, sets the staff count. */
  staffCoverageDriven: boolean;
  options: CostOption[];
  recommendation: Recommendation;
}

/**
 * ⌈x⌉ that ignores floating-point noise: 3 × 13.3 × 12 / 478.8 comes out as
 * 1.0000000000000002 and would otherwise cost the reader a whole extra engineer.
 * The tolerance is relative, so a tiny positive load still rounds up to one.
 */
export function ceilLoad(load: number): number {
  return Math.ceil(load * (1 - 1e-12));
}

// -0 (from an input of -0) is in bounds but would be formatted as "-$0".
const clean = (amount: number): number => amount + 0;

/** Computes every figure in the model. Inputs and assumptions are expected to be valid. */
export function estimate(inputs: CostInputs, assumptions: CostAssumptions): CostEstimate {
  const { pipelines: P, engineerCost: E, opsHours: H, afterHours, toolSpend: T, consultantFee: K, vendorExit } = inputs;
  const { productiveHours, rotation, hireMonths, recruitingRate, migrationWeeks, rebuildWeeks, ownerShare } = assumptions;
  const partnerFee = assumptions.partnerFee ?? null;
  const partnerOps = assumptions.partnerOpsPerPipeline ?? null;

  // Multiplying before dividing keeps whole-number inputs exact (4 × 180000 / 12 is
  // exactly 60000; 4 / 12 × 180000 is not).
  const week = E / 52;
  const load = productiveHours > 0 ? (P * H * 12) / productiveHours : 0;
  const loadStaff = ceilLoad(load);
  const staff = P === 0 ? 0 : afterHours ? Math.max(loadStaff, rotation) : loadStaff;
  const staffCost = staff * E;
  const migration = (P * migrationWeeks * E) / 52;
  const rebuild = vendorExit ? 0 : (P * rebuildWeeks * E) / 52;
  // With nobody on staff there is no engineer who could leave.
  const engineerLeaves = staff > 0 ? recruitingRate * E + (hireMonths * E) / 12 : 0;

  const partnerReplacement = clean(staff * recruitingRate * E + (hireMonths * staff * E) / 12 + migration);
  const partner: CostOption =
    partnerFee !== null && partnerOps !== null
      ? {
          id: 'partner',
          priced: true,
          year1: clean(partnerFee + P * partnerOps + ownerShare * E),
          year2: clean(P * partnerOps + ownerShare * E),
          replacement: partnerReplacement,
        }
      : { id: 'partner', priced: false, year1: null, year2: null, replacement: partnerReplacement };

  const options: CostOption[] = [
    {
      id: 'in-house',
      priced: true,
      year1: clean(staffCost + staff * recruitingRate * E),
      year2: clean(staffCost),
      replacement: clean(engineerLeaves),
    },
    { id: 'vendor', priced: true, year1: clean(T + staffCost), year2: clean(T + staffCost), replacement: clean(migration + rebuild) },
    { id: 'consultant', priced: true, year1: clean(K + staffCost), year2: clean(staffCost), replacement: 0 },
    partner,
  ];

  const staffCoverageDriven = staff > loadStaff;
  return {
    engineerWeek: clean(week),
    load: clean(load),
    staff,
    staffCoverageDriven,
    options,
    recommendation: recommend(inputs, assumptions, options, staffCoverageDriven),
  };
}

function recommend(
  inputs: CostInputs,
  assumptions: CostAssumptions,
  options: CostOption[],
  coverageDriven: boolean,
): Recommendation {
  // The honest-fit boundary comes first: it is never hidden behind a cheaper-looking option.
  if (inputs.keepInHouse && inputs.pipelines >= assumptions.honestFitThreshold) {
    return {
      id: 'hire-platform-engineer',
      optionId: 'in-house',
      pipelines: inputs.pipelines,
      threshold: assumptions.honestFitThreshold,
    };
  }
  if (inputs.pipelines === 0) return { id: 'nothing-in-production' };

  const priced = options.filter((option): option is Extract<CostOption, { priced: true }> => option.priced);
  let best = priced[0]!;
  for (const option of priced) {
    if (option.year2 < best.year2 || (option.year2 === best.year2 && option.year1 < best.year1)) best = option;
  }
  return {
    id: 'cheapest',
    optionId: best.id,
    tiedWith: priced.filter((option) => option !== best && option.year2 === best.year2).map((option) => option.id),
    coverageDriven,
    partnerUnpriced: !options.some((option) => option.id === 'partner' && option.priced),
  };
}

// ---------------------------------------------------------------------------
// Default wording

export type OptionLabels = Record<OptionId, string>;

export const defaultOptionLabels: Readonly<OptionLabels> = Object.freeze({
  'in-house': 'In-house',
  vendor: 'Vendor',
  consultant: 'Consultant',
  partner: 'Operations Partner',
});

export interface RecommendationText {
  title: string;
  reason: string;
}

/** Default English wording for a recommendation; `labels` renames the options. */
export function recommendationText(rec: Recommendation, labels: Partial<OptionLabels> = {}): RecommendationText {
  const name = (id: OptionId) => labels[id] ?? defaultOptionLabels[id];
  const pipelines = (count: number) => `${count} ${count === 1 ? 'pipeline' : 'pipelines'}`;
  switch (rec.id) {
    case 'hire-platform-engineer':
      return {
        title: 'The math says hire a platform engineer',
        reason:
          `You run ${pipelines(rec.pipelines)} in production and want to keep operating them yourselves. ` +
          `From ${pipelines(rec.threshold)} up, the honest answer is your own team; the in-house row shows its cost.`,
      };
    case 'nothing-in-production':
      return {
        title: 'Nothing to operate yet',
        reason:
          'With no AI pipelines in production there is nothing to run or replace. ' +
          'Before you buy anything, put the vendors on your shortlist through the vendor quiz.',
      };
    case 'cheapest': {
      const sentences = ['Of the priced options, it costs the least in Year 2, once set-up costs are behind you.'];
      if (rec.tiedWith.length > 0) {
        sentences.push(`${rec.tiedWith.map(name).join(' and ')} costs the same in Year 2, and no less in Year 1.`);
      }
      if (rec.coverageDriven) {
        sentences.push(
          'After-hours cover, not the workload, sets your in-house headcount: answering at 3am takes a full on-call rotation.',
        );
      }
      if (rec.partnerUnpriced) {
        sentences.push(`${name('partner')} pricing is quoted on a discovery call, so it is left out here.`);
      }
      return { title: `Lowest cost by Year 2: ${name(rec.optionId)}`, reason: sentences.join(' ') };
    }
  }
}
