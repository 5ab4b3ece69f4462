import fc from 'fast-check';
import { amount, inputsArbitrary } from './cost-arbitraries.js';
import { validate } from '../../../src/core/config.js';
import {
  estimate,
  recommendedOption,
  type CostAssumptions,
  type CostEstimate,
} from '../../../src/components/replacement-cost/cost-model.js';
import { formatsFor, recommendationText } from '../../../src/components/replacement-cost/cost-explanation.js';
import { answerChanges } from '../../../src/components/replacement-cost/cost-what-if.js';
import { defaultCostCopy } from '../../../src/components/replacement-cost/replacement-cost.content.js';
import {
  costAssumptionsSchema,
  costInputsSchema,
  inputBounds,
} from '../../../src/components/replacement-cost/replacement-cost.schema.js';

const RUNS = { numRuns: 500 };

// Every assumption the schema accepts, at its extremes too.
const assumptionsArbitrary: fc.Arbitrary<CostAssumptions> = fc.record({
  currency: fc.constantFrom('USD', 'EUR', 'GBP', 'JPY'),
  productiveHours: fc.double({ min: 1, max: 8760, noNaN: true }),
  rotation: fc.integer({ min: 1, max: 50 }),
  hireMonths: amount(36),
  recruitingRate: amount(1),
  migrationWeeks: amount(104),
  rebuildWeeks: amount(104),
  ownerShare: amount(1),
  partnerFee: fc.option(amount(10_000_000), { nil: null }),
  partnerOpsPerPipeline: fc.option(amount(10_000_000), { nil: null }),
  honestFitThreshold: fc.integer({ min: 1, max: 101 }),
  horizonYears: fc.integer({ min: 1, max: 10 }),
});

function numbersIn(result: CostEstimate): number[] {
  return [
    result.engineerWeek,
    result.load,
    result.staff,
    ...result.options
      .flatMap((option) => [option.year1, option.year2, option.total, option.replacement])
      .filter((n) => n !== null),
  ];
}

function inHouse(result: CostEstimate) {
  return result.options.find((option) => option.id === 'in-house')!;
}

describe('cost model: properties', () => {
  it('the generators stay inside what the schemas accept', () => {
    // Otherwise the properties below would be about inputs the element never passes in.
    fc.assert(
      fc.property(inputsArbitrary, assumptionsArbitrary, (inputs, assumptions) => {
        return validate(costInputsSchema, inputs).ok && validate(costAssumptionsSchema, assumptions).ok;
      }),
      { numRuns: 100 },
    );
  });

  it('never produces NaN, Infinity or a negative number for in-bounds input', () => {
    fc.assert(
      fc.property(inputsArbitrary, assumptionsArbitrary, (inputs, assumptions) => {
        for (const n of numbersIn(estimate(inputs, assumptions))) {
          if (!Number.isFinite(n) || n < 0 || Object.is(n, -0)) return false;
        }
        return true;
      }),
      RUNS,
    );
  });

  it('more pipelines never lower the in-house cost', () => {
    fc.assert(
      fc.property(inputsArbitrary, assumptionsArbitrary, fc.integer({ min: 1, max: 100 }), (inputs, assumptions, extra) => {
        const more = { ...inputs, pipelines: Math.min(100, inputs.pipelines + extra) };
        const [before, after] = [inHouse(estimate(inputs, assumptions)), inHouse(estimate(more, assumptions))];
        return after.year1! >= before.year1! && after.year2! >= before.year2! && after.replacement >= before.replacement;
      }),
      RUNS,
    );
  });

  it('turning off after-hours cover never raises the in-house cost', () => {
    fc.assert(
      fc.property(inputsArbitrary, assumptionsArbitrary, (inputs, assumptions) => {
        const on = estimate({ ...inputs, afterHours: true }, assumptions);
        const off = estimate({ ...inputs, afterHours: false }, assumptions);
        return off.staff <= on.staff && inHouse(off).year1! <= inHouse(on).year1! && inHouse(off).year2! <= inHouse(on).year2!;
      }),
      RUNS,
    );
  });

  it('staff covers the load, and the rotation whenever after-hours cover is needed', () => {
    fc.assert(
      fc.property(inputsArbitrary, assumptionsArbitrary, (inputs, assumptions) => {
        const { staff, load } = estimate(inputs, assumptions);
        if (inputs.pipelines === 0) return staff === 0;
        // Enough people for the work, and no more than one spare beyond it, unless the
        // on-call rotation is what sets the number.
        const coversLoad = Number.isInteger(staff) && staff >= load * (1 - 1e-12);
        const noSpare = staff - 1 < load;
        if (!inputs.afterHours || inputs.sharedOnCall) return coversLoad && noSpare;
        return coversLoad && staff >= assumptions.rotation && (noSpare || staff === assumptions.rotation);
      }),
      RUNS,
    );
  });

  it('the recommendation is always one of the options shown, or none with nothing in production', () => {
    fc.assert(
      fc.property(inputsArbitrary, assumptionsArbitrary, (inputs, assumptions) => {
        const { options, recommendation } = estimate(inputs, assumptions);
        if (!('optionId' in recommendation)) return inputs.pipelines === 0;
        const chosen = options.find((option) => option.id === recommendation.optionId);
        // Only priced options compete for "cheapest".
        return !!chosen && (recommendation.id === 'honest-fit' || chosen.total !== null);
      }),
      RUNS,
    );
  });

  it('the recommended option is never dearer over the horizon than another priced option, unless the honest fit says so', () => {
    fc.assert(
      fc.property(inputsArbitrary, assumptionsArbitrary, (inputs, assumptions) => {
        const result = estimate(inputs, assumptions);
        const { options, recommendation } = result;
        if (!('optionId' in recommendation)) return true;
        const chosen = options.find((option) => option.id === recommendation.optionId)!;
        const cheaper = options.filter((option) => option.total !== null && option.total < chosen.total!);
        if (recommendation.id === 'cheapest') return cheaper.length === 0;
        if (cheaper.length === 0) return recommendation.cheaper === null;
        // The text names the cheapest of them and the difference.
        const text = recommendationText(result, assumptions, formatsFor(defaultCostCopy, assumptions.currency, 'en-US')).reason;
        const cheapest = cheaper.reduce((a, b) => (b.total! < a.total! ? b : a));
        return (
          recommendation.cheaper !== null &&
          recommendation.cheaper.difference === chosen.total! - cheapest.total! &&
          text.includes(`${defaultCostCopy[recommendation.cheaper.optionId]} costs `) &&
          text.includes(' less over ')
        );
      }),
      RUNS,
    );
  });

  it('totals are Year 1 plus Year 2 for each further year, finite and non-negative', () => {
    fc.assert(
      fc.property(inputsArbitrary, assumptionsArbitrary, (inputs, assumptions) =>
        estimate(inputs, assumptions).options.every(
          (option) =>
            option.total === null ||
            (Number.isFinite(option.total) &&
              option.total >= 0 &&
              Math.abs(option.total - (option.year1 + (assumptions.horizonYears - 1) * option.year2)) <=
                1e-6 * Math.max(1, option.total)),
        ),
      ),
      RUNS,
    );
  });

  it('recommends by the rules, in their order', () => {
    fc.assert(
      fc.property(inputsArbitrary, assumptionsArbitrary, (inputs, assumptions) => {
        const { id } = estimate(inputs, assumptions).recommendation;
        if (inputs.keepInHouse && inputs.pipelines >= assumptions.honestFitThreshold) return id === 'honest-fit';
        if (inputs.pipelines === 0) return id === 'nothing-in-production';
        return id === 'cheapest';
      }),
      RUNS,
    );
  });

  it('every change "what would change the answer" reports does change it, within bounds', () => {
    fc.assert(
      fc.property(inputsArbitrary, assumptionsArbitrary, (inputs, assumptions) => {
        const before = recommendedOption(inputs, assumptions);
        return answerChanges(inputs, assumptions).every((change) => {
          const after = recommendedOption({ ...inputs, [change.input]: change.value }, assumptions);
          const bound = typeof change.value === 'number' ? inputBounds[change.input as 'pipelines'].max : 1;
          return (
            after === change.optionId &&
            after !== before &&
            (typeof change.value === 'boolean' || (change.value >= 0 && change.value <= bound))
          );
        });
      }),
      { numRuns: 100 },
    );
  });
});
