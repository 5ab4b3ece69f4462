import * as z from 'zod/mini';
import type { DeepPartial } from '../../core/config.js';
import { count, text } from '../../core/schema.js';
import { costAssumptionsShape, costInputsSchema, defaultAssumptions, defaultInputs } from './cost-model.js';
import { defaultCostCopy, type CostCopy } from './replacement-cost.content.js';

const copyText = text(600);

const copyShape = Object.fromEntries(Object.keys(defaultCostCopy).map((key) => [key, copyText])) as {
  [K in keyof CostCopy]: typeof copyText;
};

/** The site owner's assumptions at the top level, the reader's starting inputs, and the wording. */
export const costConfigSchema = z.strictObject({
  ...costAssumptionsShape,
  inputs: costInputsSchema,
  headingLevel: count(1, 6),
  copy: z.strictObject(copyShape),
});

export type CostConfig = z.infer<typeof costConfigSchema>;
/** What a host may pass as `config` or in the JSON child: any part of the configuration. */
export type CostConfigInput = DeepPartial<z.input<typeof costConfigSchema>>;

export const defaultCostConfig: CostConfig = {
  ...defaultAssumptions,
  inputs: defaultInputs,
  headingLevel: 2,
  copy: defaultCostCopy,
};
