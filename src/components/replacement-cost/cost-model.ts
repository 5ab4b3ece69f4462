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

