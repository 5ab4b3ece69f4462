import { fillCopy, plainNumberFormat, type Format, type Money } from '../../core/format.js';
import { ceilLoad, type CostAssumptions, type CostEstimate, type CostInputs, type OptionId, type Recommendation } from './cost-model.js';
import type { CostCopy } from './replacement-cost.content.js';

export type OptionLabels = Record<OptionId, string>;

export interface RecommendationText {
  title: string;
  reason: string;
}

/** The recommendation in the site owner's wording, with the reader's numbers in place. */
export function recommendationText(rec: Recommendation, copy: CostCopy): RecommendationText {
  const pipelines = (count: number) => fillCopy(copy[count === 1 ? 'onePipeline' : 'manyPipelines'], { count });
  if (rec.id === 'hire-platform-engineer') {
    return {
      title: copy.honestFitTitle,
      reason: fillCopy(copy.honestFitReason, { pipelines: pipelines(rec.pipelines), threshold: pipelines(rec.threshold) }),
    };
  }
  if (rec.id === 'nothing-in-production') return { title: copy.nothingTitle, reason: copy.nothingReason };
  const reasons = [copy.cheapestReason];
  if (rec.tiedWith.length) reasons.push(fillCopy(copy.tied, { options: rec.tiedWith.map((id) => copy[id]).join(copy.and) }));
  if (rec.coverageDriven) reasons.push(copy.coverageDriven);
  if (rec.partnerUnpriced) reasons.push(fillCopy(copy.partnerUnpriced, { partner: copy.partner }));
  return { title: fillCopy(copy.cheapestTitle, { option: copy[rec.optionId] }), reason: reasons.join(' ') };
}

/**
 * "How this is calculated" as data: each formula of the model with the reader's values
 * substituted, and each assumption with its value. Plain strings, rendered as text.
 */

export interface ExplainedStep {
  /** What the step works out, e.g. `Operating load (L)`. */
  label: string;
  /** The formula in symbols, e.g. `L = P × H × 12 / productiveHours`. */
  formula: string;
  /** The right-hand side with the values in place, e.g. `3 × 20 × 12 / 1,600`. */
  substituted: string;
  /** The result as the reader sees it, e.g. `0.45 engineer-years`. */
  value: string;
}

/** An assumption's name as the formulas use it, what it means, and its value. */
export type ListedAssumption = [id: keyof CostAssumptions, label: string, value: string];

/** `3 engineers`, `1 engineer`. */
const counter = (num: Format) => (n: number, unit: string) => `${num(n)} ${unit}${n === 1 ? '' : 's'}`;

/**
 * Each option's Year 1, Year 2 and replacement formulas, then what the replacement
 * formula says in words. Names in a formula are replaced by their values to show the sum.
 */
const optionFormulas: [OptionId, string, string, string, string][] = [
  [
    'in-house',
    'S × E + S × recruitingRate × E',
    'S × E',
    'recruitingRate × E + (hireMonths / 12) × E',
    ' (one engineer leaves; 0 if S = 0)',
  ],
  ['vendor', 'T + S × E', 'T + S × E', 'P × migrationWeeks × W + (X ? 0 : P × rebuildWeeks × W)', ''],
  ['consultant', 'K + S × E', 'S × E', '0', ': nothing runs on them after delivery'],
  [
    'partner',
    'partnerFee + P × partnerOpsPerPipeline + ownerShare × E',
    'P × partnerOpsPerPipeline + ownerShare × E',
    'S × recruitingRate × E + (hireMonths / 12) × S × E + P × migrationWeeks × W',
    ' (no rebuild: data, audit trail and outputs stay with you)',
  ],
];

export function explainEstimate(
  inputs: CostInputs,
  assumptions: CostAssumptions,
  result: CostEstimate,
  format: Money,
  labels: OptionLabels,
): ExplainedStep[] {
  const num = plainNumberFormat(assumptions.locale);
  const { pipelines: P, engineerCost: E } = inputs;
  const { engineerWeek: W, load: L, staff: S } = result;
  const rotation = num(assumptions.rotation);
  // Every name a formula uses, with its value: money in the currency, the rest as plain numbers.
  const money: Record<string, number> = {
    E,
    T: inputs.toolSpend,
    K: inputs.consultantFee,
    W,
    // Only shown when both are set.
    partnerFee: assumptions.partnerFee ?? 0,
    partnerOpsPerPipeline: assumptions.partnerOpsPerPipeline ?? 0,
  };
  const plain: Record<string, unknown> = { ...assumptions, P, H: inputs.opsHours, S };
  // One pass, so a value that contains letters (`USD 1,000`) is never read as a name.
  const fill = (formula: string) =>
    formula.replace(/[A-Za-z]+/g, (name) => (name in money ? format(money[name]!) : name in plain ? num(plain[name] as number) : name));
  const unpriced = `${(['partnerFee', 'partnerOpsPerPipeline'] as const).filter((key) => assumptions[key] == null).join(' and ')} not set`;
  const step = (label: string, formula: string, value: string, substituted = fill(formula.replace(/^. = /, ''))): ExplainedStep => ({
    label,
    formula,
    substituted,
    value,
  });

  const steps = [
    step('One engineer-week (W)', 'W = E / 52', format(W)),
    step('Operating load (L)', 'L = P × H × 12 / productiveHours', `${num(L)} engineer-years`),
    step(
      'Engineers to run it in-house (S)',
      'S = A ? max(⌈L⌉, rotation) : ⌈L⌉; 0 if P = 0',
      counter(num)(S, 'engineer'),
      !P ? 'P = 0' : inputs.afterHours ? `max(⌈${num(L)}⌉, ${rotation}) = max(${num(ceilLoad(L))}, ${rotation})` : `⌈${num(L)}⌉`,
    ),
    step('In-house staff cost', 'S × E', format(S * E)),
  ];

  result.options.forEach((option, index) => {
    const [id, year1, year2, replacement, note] = optionFormulas[index]!;
    const name = `${labels[id]}, `;
    const year = (formula: string, amount: number | null, n: number) =>
      step(`${name}Year ${n}`, formula, format(amount), amount === null ? unpriced : fill(formula));
    steps.push(
      year(year1, option.year1, 1),
      year(year2, option.year2, 2),
      step(
        `${name}replacement cost`,
        replacement + note,
        format(option.replacement),
        id === 'vendor'
          ? fill(`P × migrationWeeks × W + ${inputs.vendorExit ? 0 : 'P × rebuildWeeks × W'}`)
          : id === 'in-house' && !S
            ? 'S = 0'
            : fill(replacement),
      ),
    );
  });
  return steps;
}

export function listAssumptions(a: CostAssumptions, format: Money): ListedAssumption[] {
  const count = counter(plainNumberFormat(a.locale));
  const percent = new Intl.NumberFormat(a.locale, { style: 'percent', maximumFractionDigits: 1 }).format;
  return [
    ['currency', 'Currency', a.currency.toUpperCase()],
    ['locale', 'Number format', a.locale ?? 'Your browser’s language'],
    ['productiveHours', 'Productive hours per engineer-year', count(a.productiveHours, 'hour')],
    ['rotation', 'Smallest sustainable on-call rotation', count(a.rotation, 'engineer')],
    ['hireMonths', 'Time to hire and ramp up an engineer', count(a.hireMonths, 'month')],
    ['recruitingRate', 'Recruiting cost, share of E', percent(a.recruitingRate)],
    ['migrationWeeks', 'Moving a pipeline to another provider', `${count(a.migrationWeeks, 'engineer-week')} per pipeline`],
    [
      'rebuildWeeks',
      'Rebuilding runbooks, prompts, eval data and audit history lost with a provider',
      `${count(a.rebuildWeeks, 'engineer-week')} per pipeline`,
    ],
    ['ownerShare', 'Internal owner’s share of E when a partner operates', percent(a.ownerShare)],
    ['partnerFee', 'Operations Partner fee, one-off', format(a.partnerFee ?? null)],
    ['partnerOpsPerPipeline', 'Operations Partner support per pipeline per year', format(a.partnerOpsPerPipeline ?? null)],
    ['honestFitThreshold', 'Pipelines from which in-house is the honest answer', count(a.honestFitThreshold, 'pipeline')],
  ];
}
