import {
  ceilLoad,
  defaultOptionLabels,
  type CostAssumptions,
  type CostEstimate,
  type CostInputs,
  type OptionId,
  type OptionLabels,
} from './cost-model.js';

/**
 * "How this is calculated" as data: each formula of the model with the reader's values
 * substituted, and each assumption with its value. Plain strings, rendered as text.
 */

/** The letters the formulas use for the reader's inputs, for labelling the controls. */
export const inputSymbols: Readonly<Record<keyof CostInputs, string>> = Object.freeze({
  pipelines: 'P',
  engineerCost: 'E',
  opsHours: 'H',
  afterHours: 'A',
  toolSpend: 'T',
  consultantFee: 'K',
  vendorExit: 'X',
  keepInHouse: 'keepInHouse',
});

export interface ExplainedStep {
  id: string;
  label: string;
  /** The formula in symbols, e.g. `L = P × H × 12 / productiveHours`. */
  formula: string;
  /** The right-hand side with the values in place, e.g. `3 × 20 × 12 / 1,600`. */
  substituted: string;
  /** The result as the reader sees it, e.g. `0.45 engineer-years`. */
  value: string;
}

export interface ListedAssumption {
  id: keyof CostAssumptions;
  label: string;
  value: string;
}

type Format = (amount: number) => string;

/** What an unpriced partner figure says instead of a number. */
export const QUOTED = 'Quoted on the discovery call';

/** Formats counts and hours in the configured locale; small fractions keep two significant digits. */
function plainNumberFormat(locale: string | undefined): Format {
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const small = new Intl.NumberFormat(locale, { maximumSignificantDigits: 2 });
  return (n) => (n > 0 && n < 1 ? small : whole).format(n);
}

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

export function explainEstimate(
  inputs: CostInputs,
  assumptions: CostAssumptions,
  result: CostEstimate,
  format: Format,
  labels: Partial<OptionLabels> = {},
): ExplainedStep[] {
  const num = plainNumberFormat(assumptions.locale);
  const { pipelines: P, engineerCost: E, opsHours: H, afterHours, toolSpend: T, consultantFee: K, vendorExit } = inputs;
  const { productiveHours, rotation, hireMonths, recruitingRate, migrationWeeks, rebuildWeeks, ownerShare } = assumptions;
  const { engineerWeek: W, load: L, staff: S } = result;
  const name = (id: OptionId) => labels[id] ?? defaultOptionLabels[id];
  const option = (id: OptionId) => result.options.find((candidate) => candidate.id === id)!;

  const [p, e, w, s, rate] = [num(P), format(E), format(W), num(S), num(recruitingRate)];
  const months = `(${num(hireMonths)} / 12)`;
  const migration = `${p} × ${num(migrationWeeks)} × ${w}`;

  let staffing: string;
  if (P === 0) staffing = 'P = 0';
  else if (afterHours) staffing = `max(⌈${num(L)}⌉, ${num(rotation)}) = max(${num(ceilLoad(L))}, ${num(rotation)})`;
  else staffing = `⌈${num(L)}⌉`;

  const steps: ExplainedStep[] = [
    {
      id: 'engineer-week',
      label: 'One engineer-week (W)',
      formula: 'W = E / 52',
      substituted: `${e} / 52`,
      value: w,
    },
    {
      id: 'load',
      label: 'Operating load (L)',
      formula: 'L = P × H × 12 / productiveHours',
      substituted: `${p} × ${num(H)} × 12 / ${num(productiveHours)}`,
      value: `${num(L)} engineer-years`,
    },
    {
      id: 'staff',
      label: 'Engineers to run it in-house (S)',
      formula: 'S = A ? max(⌈L⌉, rotation) : ⌈L⌉; 0 if P = 0',
      substituted: staffing,
      value: `${s} ${plural(S, 'engineer', 'engineers')}`,
    },
    {
      id: 'staff-cost',
      label: 'In-house staff cost',
      formula: 'S × E',
      substituted: `${s} × ${e}`,
      value: format(S * E),
    },
  ];

  const unset = (['partnerFee', 'partnerOpsPerPipeline'] as const).filter((key) => assumptions[key] == null);
  const unpriced = `${unset.join(' and ')} ${unset.length === 1 ? 'is' : 'are'} not set`;
  const perYear = (id: OptionId, year: 1 | 2, formula: string, substituted: string) => {
    const costs = option(id);
    const amount = year === 1 ? costs.year1 : costs.year2;
    steps.push({
      id: `${id}-year${year}`,
      label: `${name(id)}, Year ${year}`,
      formula,
      substituted: amount === null ? unpriced : substituted,
      value: amount === null ? QUOTED : format(amount),
    });
  };
  const replacement = (id: OptionId, formula: string, substituted: string) => {
    steps.push({
      id: `${id}-replacement`,
      label: `${name(id)}, replacement cost`,
      formula,
      substituted,
      value: format(option(id).replacement),
    });
  };

  perYear('in-house', 1, 'S × E + S × recruitingRate × E', `${s} × ${e} + ${s} × ${rate} × ${e}`);
  perYear('in-house', 2, 'S × E', `${s} × ${e}`);
  replacement(
    'in-house',
    'recruitingRate × E + (hireMonths / 12) × E for one engineer who leaves; 0 if S = 0',
    S === 0 ? 'S = 0' : `${rate} × ${e} + ${months} × ${e}`,
  );

  perYear('vendor', 1, 'T + S × E', `${format(T)} + ${s} × ${e}`);
  perYear('vendor', 2, 'T + S × E', `${format(T)} + ${s} × ${e}`);
  replacement(
    'vendor',
    'P × migrationWeeks × W + (X ? 0 : P × rebuildWeeks × W)',
    `${migration} + ${vendorExit ? '0' : `${p} × ${num(rebuildWeeks)} × ${w}`}`,
  );

  perYear('consultant', 1, 'K + S × E', `${format(K)} + ${s} × ${e}`);
  perYear('consultant', 2, 'S × E', `${s} × ${e}`);
  replacement('consultant', '0: nothing runs on them after delivery', '0');

  const fee = assumptions.partnerFee ?? 0;
  const ops = assumptions.partnerOpsPerPipeline ?? 0;
  const share = `${num(ownerShare)} × ${e}`;
  perYear(
    'partner',
    1,
    'partnerFee + P × partnerOpsPerPipeline + ownerShare × E',
    `${format(fee)} + ${p} × ${format(ops)} + ${share}`,
  );
  perYear('partner', 2, 'P × partnerOpsPerPipeline + ownerShare × E', `${p} × ${format(ops)} + ${share}`);
  replacement(
    'partner',
    'S × recruitingRate × E + (hireMonths / 12) × S × E + P × migrationWeeks × W (no rebuild: data, audit trail and outputs stay with you)',
    `${s} × ${rate} × ${e} + ${months} × ${s} × ${e} + ${migration}`,
  );

  return steps;
}

export function listAssumptions(assumptions: CostAssumptions, format: Format): ListedAssumption[] {
  const num = plainNumberFormat(assumptions.locale);
  const percent = new Intl.NumberFormat(assumptions.locale, { style: 'percent', maximumFractionDigits: 1 });
  const money = (amount: number | null | undefined, suffix = '') =>
    amount === null || amount === undefined ? QUOTED : `${format(amount)}${suffix}`;
  const a = assumptions;
  return [
    { id: 'currency', label: 'Currency', value: a.currency.toUpperCase() },
    { id: 'locale', label: 'Number format', value: a.locale ?? 'Your browser’s language' },
    { id: 'productiveHours', label: 'Productive hours per engineer-year', value: `${num(a.productiveHours)} hours` },
    {
      id: 'rotation',
      label: 'Smallest sustainable on-call rotation',
      value: `${num(a.rotation)} ${plural(a.rotation, 'engineer', 'engineers')}`,
    },
    {
      id: 'hireMonths',
      label: 'Time to hire and ramp up an engineer',
      value: `${num(a.hireMonths)} ${plural(a.hireMonths, 'month', 'months')}`,
    },
    { id: 'recruitingRate', label: 'Recruiting cost, share of E', value: percent.format(a.recruitingRate) },
    {
      id: 'migrationWeeks',
      label: 'Moving a pipeline to another provider',
      value: `${num(a.migrationWeeks)} engineer-weeks per pipeline`,
    },
    {
      id: 'rebuildWeeks',
      label: 'Rebuilding runbooks, prompts, eval data and audit history a provider takes away',
      value: `${num(a.rebuildWeeks)} engineer-weeks per pipeline`,
    },
    {
      id: 'ownerShare',
      label: 'Internal owner’s share of an engineer when a partner operates',
      value: percent.format(a.ownerShare),
    },
    { id: 'partnerFee', label: 'Operations Partner fee, one-off', value: money(a.partnerFee) },
    {
      id: 'partnerOpsPerPipeline',
      label: 'Operations Partner support per pipeline',
      value: money(a.partnerOpsPerPipeline, ' per year'),
    },
    {
      id: 'honestFitThreshold',
      label: 'Pipelines from which in-house is the honest answer',
      value: `${num(a.honestFitThreshold)} ${plural(a.honestFitThreshold, 'pipeline', 'pipelines')}`,
    },
  ];
}
