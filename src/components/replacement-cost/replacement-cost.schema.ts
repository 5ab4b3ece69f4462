import * as z from 'zod/mini';
import { costAssumptionsShape, costInputsShape, defaultAssumptions, defaultInputs } from './cost-model.js';
import { defaultCostCopy, type CostCopy } from './replacement-cost.content.js';

const text = z.string().check(z.maxLength(600));

const copyShape = Object.fromEntries(Object.keys(defaultCostCopy).map((key) => [key, text])) as {
  [K in keyof CostCopy]: typeof text;
};

/** The site owner's assumptions at the top level, the reader's starting inputs, and the wording. */
export const costConfigSchema = z.strictObject({
  ...costAssumptionsShape,
  inputs: z.strictObject(costInputsShape),
  headingLevel: z.int().check(z.gte(1), z.lte(6)),
  copy: z.strictObject(copyShape),
});

export type CostConfig = z.infer<typeof costConfigSchema>;

export const defaultCostConfig: CostConfig = {
  ...defaultAssumptions,
  inputs: defaultInputs,
  headingLevel: 2,
  copy: defaultCostCopy,
};
