import * as z from 'zod/mini';
import { isCurrencyCode, isLocaleTag } from '../../core/format.js';
import { amount, count, rule } from '../../core/schema.js';
import type { CostInputs } from '../../events/calculate.js';

export type { CostInputs };

/**
 * The replacement-cost model behind `<ops-replacement-cost>`: reader inputs, site-owner
 * assumptions, their schemas, and the estimate itself. No DOM and no copy except
 * `recommendationText`, so the element decides how everything reads and looks.
 */

export type OptionId = 'in-house' | 'vendor' | 'consultant' | 'partner';

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

/** Every numeric input runs from 0 up to `max`. */
export interface InputBound {
  max: number;
  integer: boolean;
  /** Formatted with the configured currency, and typed rather than slid. */
  money: boolean;
  unit: string;
}

const MONEY_MAX = 1e7;

const bound = (max: number, unit: string, money = false, integer = false): InputBound => ({ max, integer, money, unit });

/** The numeric inputs, in the order the element shows them. */
export const inputBounds: Readonly<Record<NumericInputName, InputBound>> = {
  pipelines: bound(100, 'pipelines', false, true),
  engineerCost: bound(MONEY_MAX, 'per year', true),
  opsHours: bound(500, 'hours per pipeline per month'),
  toolSpend: bound(MONEY_MAX, 'per year', true),
  consultantFee: bound(MONEY_MAX, 'one-off', true),
};

export const toggleInputNames: readonly ToggleInputName[] = ['afterHours', 'vendorExit', 'keepInHouse'];

export const defaultInputs: Readonly<CostInputs> = {
  pipelines: 3,
  engineerCost: 180_000,
  opsHours: 20,
  afterHours: true,
  toolSpend: 60_000,
  consultantFee: 150_000,
  vendorExit: false,
  keepInHouse: false,
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
};

// ---------------------------------------------------------------------------
// Schemas

const flag = z.boolean();
const price = z.optional(z.nullable(amount(0, MONEY_MAX)));
const weeks = amount(0, 104);
const share = amount(0, 1);

// Strict objects: a misspelt key in host config (`pipeline: 6`) is reported instead of
// silently falling back to a default.
// The shapes are exported so that the element's config schema can embed them.
export const costInputsShape = {
  ...(Object.fromEntries(
    Object.entries(inputBounds).map(([name, { max, integer }]) => [name, (integer ? count : amount)(0, max)]),
  ) as Record<NumericInputName, z.ZodMiniNumber<number>>),
  afterHours: flag,
  vendorExit: flag,
  keepInHouse: flag,
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
};

export const costAssumptionsSchema: z.ZodMiniType<CostAssumptions> = z.strictObject(costAssumptionsShape);

/** Whether `value` is acceptable for one numeric input on its own. */
export const isValidInput = (name: NumericInputName, value: unknown): boolean =>
  z.safeParse(costInputsShape[name], value).success;

// ---------------------------------------------------------------------------
// Estimate

/**
 * A partner without a configured price is quoted on the discovery call: its yearly
 * figures are null rather than zero, so no chart or sum can mistake them for a price.
 * Its replacement cost does not depend on the price and stays a number.
 */
export type CostOption = {
  id: OptionId;
  /** One-off cost to replace what this relationship does if it ended tomorrow. */
  replacement: number;
} & ({ year1: number; year2: number } | { year1: null; year2: null });

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
  options: CostOption[];
  recommendation: Recommendation;
}

/**
 * ⌈x⌉ that ignores floating-point noise: 3 × 13.3 × 12 / 478.8 comes out as
 * 1.0000000000000002 and would otherwise cost the reader a whole extra engineer.
 * The tolerance is relative, so a tiny positive load still rounds up to one.
 */
export const ceilLoad = (load: number): number => Math.ceil(load * (1 - 1e-12));

// -0 (from an input of -0) is in bounds but would be formatted as "-$0".
const clean = (amount: number): number => amount + 0;

/** Computes every figure in the model. Inputs and assumptions are expected to be valid. */
export function estimate(inputs: CostInputs, assumptions: CostAssumptions): CostEstimate {
  const { pipelines: P, engineerCost: E, opsHours: H, afterHours, toolSpend: T, consultantFee: K, vendorExit, keepInHouse } = inputs;
  const {
    productiveHours,
    rotation,
    hireMonths,
    recruitingRate,
    migrationWeeks,
    rebuildWeeks,
    ownerShare,
    partnerFee,
    partnerOpsPerPipeline,
    honestFitThreshold,
  } = assumptions;

  // Multiplying before dividing keeps whole-number inputs exact (4 × 180000 / 12 is
  // exactly 60000; 4 / 12 × 180000 is not).
  const load = (P * H * 12) / productiveHours;
  const loadStaff = ceilLoad(load);
  const staff = P ? (afterHours ? Math.max(loadStaff, rotation) : loadStaff) : 0;
  const staffCost = staff * E;
  const migration = (P * migrationWeeks * E) / 52;
  const rebuild = vendorExit ? 0 : (P * rebuildWeeks * E) / 52;
  // Recruiting one engineer, and the months until the new one is up to speed.
  const replaceEngineer = recruitingRate * E + (hireMonths * E) / 12;
  const partnerPriced = partnerFee != null && partnerOpsPerPipeline != null;

  const options = [
    {
      id: 'in-house',
      year1: clean(staffCost + staff * recruitingRate * E),
      year2: clean(staffCost),
      // With nobody on staff there is no engineer who could leave.
      replacement: clean(staff && replaceEngineer),
    },
    { id: 'vendor', year1: clean(T + staffCost), year2: clean(T + staffCost), replacement: clean(migration + rebuild) },
    { id: 'consultant', year1: clean(K + staffCost), year2: clean(staffCost), replacement: 0 },
    {
      id: 'partner',
      year1: partnerPriced ? clean(partnerFee + P * partnerOpsPerPipeline + ownerShare * E) : null,
      year2: partnerPriced ? clean(P * partnerOpsPerPipeline + ownerShare * E) : null,
      replacement: clean(staff * replaceEngineer + migration),
    },
  ] as CostOption[];

  const priced = options.filter((option): option is Extract<CostOption, { year2: number }> => option.year2 !== null);
  const best = priced.reduce((lowest, option) =>
    option.year2 < lowest.year2 || (option.year2 === lowest.year2 && option.year1 < lowest.year1) ? option : lowest,
  );
  return {
    engineerWeek: clean(E / 52),
    load: clean(load),
    staff,
    options,
    // The honest-fit boundary comes first: it is never hidden behind a cheaper-looking option.
    recommendation:
      keepInHouse && P >= honestFitThreshold
        ? { id: 'hire-platform-engineer', optionId: 'in-house', pipelines: P, threshold: honestFitThreshold }
        : P
          ? {
              id: 'cheapest',
              optionId: best.id,
              tiedWith: priced.filter((option) => option !== best && option.year2 === best.year2).map((option) => option.id),
              // S > ⌈L⌉: the on-call rotation, not the workload, sets the staff count.
              coverageDriven: staff > loadStaff,
              partnerUnpriced: !partnerPriced,
            }
          : { id: 'nothing-in-production' },
  };
}

// ---------------------------------------------------------------------------
// Default wording

export type OptionLabels = Record<OptionId, string>;

export const defaultOptionLabels: Readonly<OptionLabels> = {
  'in-house': 'In-house',
  vendor: 'Vendor',
  consultant: 'Consultant',
  partner: 'Operations Partner',
};

export interface RecommendationText {
  title: string;
  reason: string;
}

const pipelineCount = (count: number) => `${count} pipeline${count === 1 ? '' : 's'}`;

/** Default English wording for a recommendation, with the options named by `labels`. */
export function recommendationText(rec: Recommendation, labels: OptionLabels): RecommendationText {
  if (rec.id === 'hire-platform-engineer') {
    return {
      title: 'The math says hire a platform engineer',
      reason:
        `You run ${pipelineCount(rec.pipelines)} and want to operate them yourselves: ` +
        `from ${pipelineCount(rec.threshold)} up, your own team is the honest answer.`,
    };
  }
  if (rec.id === 'nothing-in-production') {
    return {
      title: 'Nothing in production yet',
      reason: 'Before buying anything, run your shortlist through the vendor quiz.',
    };
  }
  let reason = 'The cheapest priced option once set-up is paid.';
  if (rec.tiedWith.length) {
    reason += ` ${rec.tiedWith.map((id) => labels[id]).join(' and ')} costs the same in Year 2, and no less in Year 1.`;
  }
  if (rec.coverageDriven) {
    reason += ' After-hours cover, not workload, sets the in-house headcount: the 3am test needs a full on-call rotation.';
  }
  if (rec.partnerUnpriced) reason += ` ${labels.partner} pricing is quoted on a discovery call, so it is left out.`;
  return { title: `Lowest cost by Year 2: ${labels[rec.optionId]}`, reason };
}
