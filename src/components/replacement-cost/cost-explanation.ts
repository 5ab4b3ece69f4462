import { fillCopy, moneyFormat, numberFormat, plainNumberFormat, type Format, type Money } from '../../core/format.js';
import {
  estimate,
  type CostAssumptions,
  type CostEstimate,
  type CostInputs,
  type CostOption,
  type OptionId,
} from './cost-model.js';
import { answerChanges, type AnswerChange } from './cost-what-if.js';
import { inputBounds, numericInputNames, toggleInputNames } from './replacement-cost.schema.js';
import type { CostCopy } from './replacement-cost.content.js';

/**
 * Everything the calculator says in words: the recommendation and why, what would change
 * it, "how this is calculated" as sentences with the reader's values, and the list of
 * assumptions with who set each. All wording comes from the copy, so a site owner can
 * replace every sentence; the reader's numbers are filled in.
 */

export interface Formats {
  copy: CostCopy;
  money: Money;
  num: Format;
  percent: Format;
}

/** How amounts, counts and shares read in the configured currency and locale. */
export const formatsFor = (copy: CostCopy, currency: string, locale: string | undefined): Formats => ({
  copy,
  money: moneyFormat(currency, locale, copy.quoted),
  num: plainNumberFormat(locale),
  percent: numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format,
});

export interface RecommendationText {
  title: string;
  reason: string;
}

/** What the element shows for these inputs: the figures, how they read, the recommendation and what would change it. */
export interface Described {
  estimate: CostEstimate;
  formats: Formats;
  text: RecommendationText;
  changes: string[];
}

export function describeEstimate(inputs: CostInputs, assumptions: CostAssumptions, copy: CostCopy): Described {
  const formats = formatsFor(copy, assumptions.currency, assumptions.locale);
  const result = estimate(inputs, assumptions);
  return {
    estimate: result,
    formats,
    text: recommendationText(result, assumptions, formats),
    changes: changeLines(answerChanges(inputs, assumptions), result, assumptions, formats),
  };
}

const count = ({ copy, num }: Formats, n: number, one: keyof CostCopy, many: keyof CostCopy) =>
  fillCopy(copy[n === 1 ? one : many], { count: num(n) });

export const pipelineCount = (f: Formats, n: number): string => count(f, n, 'onePipeline', 'manyPipelines');
const engineerCount = (f: Formats, n: number) => count(f, n, 'oneEngineer', 'manyEngineers');

const totalOf = (result: CostEstimate, id: OptionId) => result.options.find((option) => option.id === id)!.total;

/** The recommendation, in words that never contradict the table under it. */
export function recommendationText(result: CostEstimate, assumptions: CostAssumptions, f: Formats): RecommendationText {
  const { copy, money } = f;
  const rec = result.recommendation;
  const years = assumptions.horizonYears;
  if (rec.id === 'nothing-in-production') return { title: copy.nothingTitle, reason: copy.nothingReason };
  const reasons: string[] = [];
  const headcount = () =>
    fillCopy(copy.staffNeeded, {
      engineers: engineerCount(f, result.staff),
      why: result.coverageDriven ? fillCopy(copy.rotationSets, { rotation: f.num(assumptions.rotation) }) : '',
      total: money(totalOf(result, 'in-house')),
      years,
    });
  if (rec.id === 'honest-fit') {
    reasons.push(headcount());
    if (rec.cheaper) {
      reasons.push(
        fillCopy(copy.honestFitCheaper, { option: copy[rec.cheaper.optionId], difference: money(rec.cheaper.difference), years }),
      );
      reasons.push(
        rec.cheapestFrom === null
          ? copy.honestFitNeverCheapest
          : fillCopy(copy.honestFitCheapestFrom, { pipelines: pipelineCount(f, rec.cheapestFrom) }),
      );
    }
    return { title: fillCopy(copy.honestFitTitle, { pipelines: pipelineCount(f, rec.threshold) }), reason: reasons.join(' ') };
  }
  const option = copy[rec.optionId];
  reasons.push(fillCopy(copy.cheapestReason, { option, total: money(totalOf(result, rec.optionId)), years }));
  if (rec.tiedWith.length) reasons.push(fillCopy(copy.tied, { options: rec.tiedWith.map((id) => copy[id]).join(copy.and) }));
  if (result.coverageDriven) reasons.push(fillCopy(copy.coverageDriven, { rotation: f.num(assumptions.rotation) }));
  if (rec.partnerUnpriced) reasons.push(fillCopy(copy.partnerUnpriced, { partner: copy.partner }));
  return { title: fillCopy(copy.cheapestTitle, { option, years }), reason: reasons.join(' ') };
}

/** One line per change that would change the answer, and the break-even line when the partner is priced. */
export function changeLines(changes: AnswerChange[], result: CostEstimate, assumptions: CostAssumptions, f: Formats): string[] {
  const { copy } = f;
  const years = assumptions.horizonYears;
  const lines = changes.map(({ input, value, optionId, honestFit }) => {
    const outcome = fillCopy(copy[honestFit ? 'outcomeFit' : 'outcomeLowest'], { option: copy[optionId], years });
    if (typeof value === 'boolean') return fillCopy(copy[`${input as 'afterHours'}${value ? 'On' : 'Off'}`], { outcome });
    const show = inputBounds[input as 'pipelines'].money ? f.money : f.num;
    return fillCopy(copy[`${input as 'pipelines'}Change`], { value: show(value), outcome });
  });
  if (assumptions.partnerFee != null && assumptions.partnerOpsPerPipeline != null) {
    lines.push(
      result.breakEven === null
        ? fillCopy(copy.noBreakEven, { partner: copy.partner, years })
        : fillCopy(copy.breakEven, { partner: copy.partner, years, pipelines: pipelineCount(f, result.breakEven) }),
    );
  }
  return lines;
}

/** "How this is calculated": each step as a sentence with the reader's values in it. */
export function explainEstimate(inputs: CostInputs, assumptions: CostAssumptions, result: CostEstimate, f: Formats): string[] {
  const { copy, money, num, percent } = f;
  const { staff: S, engineerWeek: W } = result;
  const [inHouse, vendor, consultant, partner] = result.options as [CostOption, CostOption, CostOption, CostOption];
  const values = {
    P: num(inputs.pipelines),
    E: money(inputs.engineerCost),
    H: num(inputs.opsHours),
    T: money(inputs.toolSpend),
    K: money(inputs.consultantFee),
    W: money(W),
    S: num(S),
    L: num(result.load),
    hours: num(assumptions.productiveHours),
    rate: percent(assumptions.recruitingRate),
    months: num(assumptions.hireMonths),
    migration: num(assumptions.migrationWeeks),
    rebuild: num(assumptions.rebuildWeeks),
    share: percent(assumptions.ownerShare),
    fee: money(assumptions.partnerFee ?? null),
    ops: money(assumptions.partnerOpsPerPipeline ?? null),
    years: assumptions.horizonYears,
    later: assumptions.horizonYears - 1,
    need: engineerCount(f, result.loadStaff),
    rotation: num(assumptions.rotation),
  };
  const say = (key: keyof CostCopy, option?: CostOption, extra: Record<string, string> = {}) =>
    fillCopy(copy[key], {
      ...values,
      ...extra,
      ...(option && { name: copy[option.id], y1: money(option.year1), y2: money(option.year2), r: money(option.replacement) }),
    });
  const cover = !inputs.afterHours ? '' : say(inputs.sharedOnCall ? 'coverShared' : 'coverRotation');
  return [
    say('explainWeek'),
    inputs.pipelines ? say('explainLoad', undefined, { cover }) : copy.explainNoLoad,
    say('explainInHouse', inHouse),
    say('explainVendor', vendor),
    say('explainConsultant', consultant),
    say(partner.total === null ? 'explainPartnerQuoted' : 'explainPartner', partner),
    say('explainTotal'),
    say(S ? 'replaceInHouse' : 'replaceNobody', inHouse),
    say('replaceVendor', vendor, { rebuilt: say(inputs.vendorExit ? 'handedBack' : 'rebuilt') }),
    say('replaceConsultant', consultant),
    say('replacePartner', partner),
  ];
}

/** The site owner's assumptions in the order they are listed, each with how its value reads. */
const assumptionKinds = {
  currency: 'text',
  locale: 'text',
  productiveHours: 'count',
  rotation: 'count',
  hireMonths: 'count',
  recruitingRate: 'share',
  migrationWeeks: 'count',
  rebuildWeeks: 'count',
  ownerShare: 'share',
  partnerFee: 'money',
  partnerOpsPerPipeline: 'money',
  honestFitThreshold: 'count',
  horizonYears: 'count',
} as const satisfies Record<keyof CostAssumptions, string>;

export interface ListedValue {
  label: string;
  value: string;
  /** Who set it: the site owner (assumptions and starting inputs) or the reader. */
  setBy: string;
}

/** Every value the figures use: the reader's inputs, then the site owner's assumptions. */
export function listValues(inputs: CostInputs, start: CostInputs, assumptions: CostAssumptions, f: Formats): ListedValue[] {
  const { copy, money, num, percent } = f;
  const owner = copy.setByOwner;
  const setBy = (name: keyof CostInputs) => (inputs[name] === start[name] ? owner : copy.setByReader);
  return [
    ...numericInputNames.map((name) => ({
      label: copy[name],
      value: `${(inputBounds[name].money ? money : num)(inputs[name])} ${copy[`${name}Unit`]}`,
      setBy: setBy(name),
    })),
    ...toggleInputNames.map((name) => ({ label: copy[name], value: inputs[name] ? copy.yes : copy.no, setBy: setBy(name) })),
    ...(Object.keys(assumptionKinds) as (keyof typeof assumptionKinds)[]).map((name) => {
      const value = assumptions[name] ?? null;
      const kind = assumptionKinds[name];
      const shown =
        kind === 'money'
          ? money(value as number | null)
          : kind === 'share'
            ? percent(value as number)
            : kind === 'count'
              ? num(value as number)
              : String(value ?? copy.browserLocale);
      return { label: copy[`${name}Label`], value: shown, setBy: owner };
    }),
  ];
}
