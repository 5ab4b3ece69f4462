import fc from 'fast-check';
import type { CostInputs } from '../../../src/components/replacement-cost/cost-model.js';
import { inputBounds } from '../../../src/components/replacement-cost/replacement-cost.schema.js';

/** Any amount from 0 to max, fractions included. */
export const amount = (max: number) => fc.double({ min: 0, max, noNaN: true });

/** Every reader input the calculator accepts, at its extremes too. */
export const inputsArbitrary: fc.Arbitrary<CostInputs> = fc.record({
  pipelines: fc.integer({ min: 0, max: inputBounds.pipelines.max }),
  engineerCost: amount(inputBounds.engineerCost.max),
  opsHours: amount(inputBounds.opsHours.max),
  afterHours: fc.boolean(),
  toolSpend: amount(inputBounds.toolSpend.max),
  consultantFee: amount(inputBounds.consultantFee.max),
  vendorExit: fc.boolean(),
  keepInHouse: fc.boolean(),
  sharedOnCall: fc.boolean(),
});
