import { defaultOptionLabels } from './cost-model.js';

/**
 * Default wording; every string can be replaced through `config.copy`. Input labels
 * are keyed by input name and option names by option id, so the element looks them up
 * instead of repeating them. `{min}` and `{max}` are filled in with the field's bounds.
 */
export const defaultCostCopy = {
  heading: 'What would it cost to replace?',
  intro: 'Trust and fit are judgement calls; replacement cost shows up in the spreadsheet.',
  pipelines: 'AI pipelines in production',
  engineerCost: 'One platform engineer, fully loaded',
  opsHours: 'Time to operate each pipeline',
  toolSpend: 'AI tools and seats',
  consultantFee: 'Consulting engagement',
  afterHours: 'Something needs a human outside business hours (the 3am test)',
  vendorExit: 'Your vendor hands back data, audit trail and outputs when you leave',
  keepInHouse: 'You want to keep operations in-house',
  ...defaultOptionLabels,
  year1: 'Year 1',
  year2: 'Year 2',
  replacement: 'To replace',
  caption: 'Yearly cost, and the one-off cost to replace each if it ended tomorrow',
  quoted: 'Quoted on the discovery call',
  number: 'Enter a number from {min} to {max}.',
  wholeNumber: 'Enter a whole number from {min} to {max}.',
  math: 'How this is calculated',
  assumptions: 'Assumptions',
};

export type CostCopy = typeof defaultCostCopy;
