import type { CostInputs } from '../../events/calculate.js';

export type { CostInputs };

/**
 * The replacement-cost model behind `<ops-replacement-cost>`: pure arithmetic on the
 * reader's inputs and the site owner's assumptions. No DOM, no schema, no wording.
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
  /** Years the total covers: Year 1, then Year 2 again for each further year. */
  horizonYears: number;
}

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
} & ({ year1: number; year2: number; total: number } | { year1: null; year2: null; total: null });

/** An option with its yearly figures priced. */
export type PricedOption = Extract<CostOption, { year1: number }>;

export type Recommendation =
  | {
      /**
       * The team wants to own operations and runs enough pipelines to keep a platform
       * team busy: in-house is the answer as fit, not price.
       */
      id: 'honest-fit';
      optionId: 'in-house';
      threshold: number;
      /** A priced option that costs less over the horizon, and by how much; none when in-house is lowest. */
      cheaper: { optionId: OptionId; difference: number } | null;
      /** From how many pipelines in-house has the lowest total; null when not within 0–100. */
      cheapestFrom: number | null;
    }
  | {
      /** Nothing runs in production yet. */
      id: 'nothing-in-production';
    }
  | {
      id: 'cheapest';
      /** Lowest total over the horizon among priced options; ties go to the lower Year 1, then list order. */
      optionId: OptionId;
      /** Other priced options with exactly the same total. */
      tiedWith: OptionId[];
      /** The partner has no configured price and is left out of the comparison. */
      partnerUnpriced: boolean;
    };

export interface CostEstimate {
  /** W = E / 52. */
  engineerWeek: number;
  /** L, in engineer-years of operating work. */
  load: number;
  /** ⌈L⌉, engineers the workload alone needs. */
  loadStaff: number;
  /** S, engineers needed to run it in-house. */
  staff: number;
  /** After-hours cover, not the workload, set the in-house staff count (S > ⌈L⌉). */
  coverageDriven: boolean;
  options: CostOption[];
  recommendation: Recommendation;
  /** Pipelines from which in-house costs no more than a priced partner over the horizon; null when unpriced or not within 1–100. */
  breakEven: number | null;
}

/**
 * ⌈x⌉ that ignores floating-point noise: 3 × 13.3 × 12 / 478.8 comes out as
 * 1.0000000000000002 and would otherwise cost the reader a whole extra engineer.
 * The tolerance is relative, so a tiny positive load still rounds up to one.
 */
export const ceilLoad = (load: number): number => Math.ceil(load * (1 - 1e-12));

// -0 (from an input of -0) is in bounds but would be formatted as "-$0".
const clean = (amount: number): number => amount + 0;

const MAX_PIPELINES = 100;

/** The options and the figures behind them, without a recommendation. */
function price(inputs: CostInputs, assumptions: CostAssumptions) {
  const {
    pipelines: P,
    engineerCost: E,
    opsHours: H,
    afterHours,
    sharedOnCall,
    toolSpend: T,
    consultantFee: K,
    vendorExit,
  } = inputs;
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
  } = assumptions;
  const later = assumptions.horizonYears - 1;

  // Multiplying before dividing keeps whole-number inputs exact (4 × 180000 / 12 is
  // exactly 60000; 4 / 12 × 180000 is not).
  const load = (P * H * 12) / productiveHours;
  const loadStaff = ceilLoad(load);
  // A team that already runs an on-call rotation does not need a second one for these pipelines.
  const staff = P ? (afterHours && !sharedOnCall ? Math.max(loadStaff, rotation) : loadStaff) : 0;
  const staffCost = staff * E;
  const migration = (P * migrationWeeks * E) / 52;
  const rebuild = vendorExit ? 0 : (P * rebuildWeeks * E) / 52;
  // Recruiting one engineer, and the months until the new one is up to speed.
  const replaceEngineer = recruitingRate * E + (hireMonths * E) / 12;
  const partnerPriced = partnerFee != null && partnerOpsPerPipeline != null;
  const option = (id: OptionId, year1: number | null, year2: number | null, replacement: number): CostOption =>
    (year1 === null || year2 === null
      ? { id, year1: null, year2: null, total: null, replacement: clean(replacement) }
      : {
          id,
          year1: clean(year1),
          year2: clean(year2),
          total: clean(year1 + later * year2),
          replacement: clean(replacement),
        }) as CostOption;

  return {
    engineerWeek: clean(E / 52),
    load: clean(load),
    loadStaff,
    staff,
    coverageDriven: staff > loadStaff,
    partnerPriced,
    options: [
      // With nobody on staff there is no engineer who could leave.
      option('in-house', staffCost + staff * recruitingRate * E, staffCost, staff && replaceEngineer),
      option('vendor', T + staffCost, T + staffCost, migration + rebuild),
      option('consultant', K + staffCost, staffCost, 0),
      option(
        'partner',
        partnerPriced ? partnerFee + P * partnerOpsPerPipeline + ownerShare * E : null,
        partnerPriced ? P * partnerOpsPerPipeline + ownerShare * E : null,
        staff * replaceEngineer + migration,
      ),
    ],
  };
}

const pricedOptions = (options: CostOption[]) => options.filter((option): option is PricedOption => option.total !== null);

/** The priced option with the lowest total; ties go to the lower Year 1, then list order. */
function lowest(options: CostOption[]): PricedOption {
  return pricedOptions(options).reduce((best, option) =>
    option.total < best.total || (option.total === best.total && option.year1 < best.year1) ? option : best,
  );
}

const totalOf = (options: CostOption[], id: OptionId) => options.find((option) => option.id === id)!.total;

/** The first pipeline count in `from`..100 for which `test` holds on the priced options; null if none. */
function firstPipelines(
  inputs: CostInputs,
  assumptions: CostAssumptions,
  from: number,
  test: (options: CostOption[]) => boolean,
) {
  for (let pipelines = from; pipelines <= MAX_PIPELINES; pipelines++) {
    if (test(price({ ...inputs, pipelines }, assumptions).options)) return pipelines;
  }
  return null;
}

/** Whether the honest-fit rule applies: the team wants in-house and has the scale for it. */
export const isHonestFit = (inputs: CostInputs, assumptions: CostAssumptions): boolean =>
  inputs.keepInHouse && inputs.pipelines >= assumptions.honestFitThreshold;

/** The option the recommendation names, without the figures around it; undefined with nothing in production. */
export function recommendedOption(inputs: CostInputs, assumptions: CostAssumptions): OptionId | undefined {
  if (isHonestFit(inputs, assumptions)) return 'in-house';
  return inputs.pipelines ? lowest(price(inputs, assumptions).options).id : undefined;
}

/** Computes every figure in the model. Inputs and assumptions are expected to be valid. */
export function estimate(inputs: CostInputs, assumptions: CostAssumptions): CostEstimate {
  const { partnerPriced, ...figures } = price(inputs, assumptions);
  const { options } = figures;
  const P = inputs.pipelines;
  const best = lowest(options);
  const inHouseLowest = (candidates: CostOption[]) => lowest(candidates).id === 'in-house';
  let recommendation: Recommendation;
  // The honest-fit rule comes first, and when a priced option is cheaper it says so.
  if (isHonestFit(inputs, assumptions)) {
    // A tie is not cheaper, even when Year 1 decides which option "cheapest" would name.
    const difference = totalOf(options, 'in-house')! - best.total;
    const cheaper = difference > 0 ? { optionId: best.id, difference } : null;
    recommendation = {
      id: 'honest-fit',
      optionId: 'in-house',
      threshold: assumptions.honestFitThreshold,
      cheaper,
      cheapestFrom: cheaper && firstPipelines(inputs, assumptions, P + 1, inHouseLowest),
    };
  } else if (!P) {
    recommendation = { id: 'nothing-in-production' };
  } else {
    recommendation = {
      id: 'cheapest',
      optionId: best.id,
      tiedWith: pricedOptions(options)
        .filter((option) => option !== best && option.total === best.total)
        .map((option) => option.id),
      partnerUnpriced: !partnerPriced,
    };
  }
  return {
    ...figures,
    recommendation,
    breakEven: partnerPriced
      ? firstPipelines(
          inputs,
          assumptions,
          1,
          (candidates) => totalOf(candidates, 'in-house')! <= totalOf(candidates, 'partner')!,
        )
      : null,
  };
}
