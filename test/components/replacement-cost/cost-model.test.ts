import { expect } from '@open-wc/testing';
import {
  estimate,
  recommendedOption,
  type CostAssumptions,
  type CostEstimate,
  type CostInputs,
  type OptionId,
} from '../../../src/components/replacement-cost/cost-model.js';
import {
  costAssumptionsSchema,
  costInputsSchema,
  defaultAssumptions,
  defaultInputs,
  inputBounds,
  isValidInput,
} from '../../../src/components/replacement-cost/replacement-cost.schema.js';
import * as z from 'zod/mini';
import { validate } from '../../../src/core/config.js';

const WEEK = 180_000 / 52;

function run(inputs: Partial<CostInputs> = {}, assumptions: Partial<CostAssumptions> = {}): CostEstimate {
  return estimate({ ...defaultInputs, ...inputs }, { ...defaultAssumptions, ...assumptions });
}

function option(result: CostEstimate, id: OptionId) {
  const found = result.options.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no ${id} option`);
  return found;
}

type Row = [number | null, number | null, number | null, number];

/** year1, year2, total, replacement of one option, for compact comparisons. */
function row(result: CostEstimate, id: OptionId): Row {
  const { year1, year2, total, replacement } = option(result, id);
  return [year1, year2, total, replacement];
}

function expectRow(actual: Row, expected: Row) {
  actual.forEach((value, index) => {
    const want = expected[index]!;
    if (want === null) expect(value, `column ${index}`).to.equal(null);
    else expect(value, `column ${index}`).to.be.closeTo(want, 1e-6);
  });
}

describe('cost model: estimate', () => {
  it('computes the defaults by hand: after-hours cover sets a team of four for 0.45 engineer-years of work', () => {
    const result = run();
    expect(result.engineerWeek).to.be.closeTo(WEEK, 1e-9);
    // 3 × 20 × 12 / 1,600 = 0.45 engineer-years; ⌈0.45⌉ = 1; the rotation needs 4.
    expect(result.load).to.be.closeTo(0.45, 1e-12);
    expect(result.loadStaff).to.equal(1);
    expect(result.staff).to.equal(4);
    expect(result.coverageDriven).to.equal(true);
    expect(result.options.map((o) => o.id)).to.deep.equal(['in-house', 'vendor', 'consultant', 'partner']);
    // S·E = 4 × 180,000 = 720,000; recruiting 0.2 × 180,000 = 36,000 per engineer; 4 months of E = 60,000.
    // Total over 3 years = 864,000 + 2 × 720,000 = 2,304,000.
    expectRow(row(result, 'in-house'), [864_000, 720_000, 2_304_000, 96_000]);
    // 60,000 + 720,000 a year, 3 × 780,000 = 2,340,000; 3 pipelines × (3 migration + 4 rebuild) weeks × W.
    expectRow(row(result, 'vendor'), [780_000, 780_000, 2_340_000, 21 * WEEK]);
    // 150,000 + 720,000; then 720,000 twice: 870,000 + 1,440,000 = 2,310,000.
    expectRow(row(result, 'consultant'), [870_000, 720_000, 2_310_000, 0]);
    // 4 × 36,000 + 4 × 60,000 + 3 × 3 × W; no price configured.
    expectRow(row(result, 'partner'), [null, null, null, 384_000 + 9 * WEEK]);
    expect(result.breakEven).to.equal(null);
  });

  it('recommends the lowest total over the horizon: in-house at 2,304,000 against the consultant at 2,310,000', () => {
    expect(run().recommendation).to.deep.equal({ id: 'cheapest', optionId: 'in-house', tiedWith: [], partnerUnpriced: true });
  });

  it('counts the horizon the site owner sets', () => {
    // One year: in-house 864,000, vendor 780,000, consultant 870,000: the vendor is lowest.
    const oneYear = run({}, { horizonYears: 1 });
    expectRow(row(oneYear, 'vendor'), [780_000, 780_000, 780_000, 21 * WEEK]);
    expect(oneYear.recommendation).to.include({ optionId: 'vendor' });
    // Five years: in-house 864,000 + 4 × 720,000 = 3,744,000.
    expect(option(run({}, { horizonYears: 5 }), 'in-house').total).to.equal(3_744_000);
  });

  it('breaks a tie in the total by the lower Year 1, then by list order', () => {
    // A fee of 144,000: consultant 144,000 + 720,000 + 1,440,000 = 2,304,000, like in-house, and Year 1 is 864,000 for both.
    expect(run({ consultantFee: 144_000 }).recommendation).to.deep.include({ optionId: 'in-house', tiedWith: ['consultant'] });
    // Tools at 48,000: vendor 3 × 768,000 = 2,304,000, with the lower Year 1 (768,000 against 864,000).
    expect(run({ toolSpend: 48_000 }).recommendation).to.deep.include({ optionId: 'vendor', tiedWith: ['in-house'] });
  });

  it('with no pipelines in production, staffs nobody and says so', () => {
    const result = run({ pipelines: 0 });
    expect(result.load).to.equal(0);
    expect(result.staff).to.equal(0);
    expect(result.coverageDriven).to.equal(false);
    // Nobody on staff, so no engineer can leave.
    expectRow(row(result, 'in-house'), [0, 0, 0, 0]);
    expectRow(row(result, 'vendor'), [60_000, 60_000, 180_000, 0]);
    expectRow(row(result, 'consultant'), [150_000, 0, 150_000, 0]);
    expectRow(row(result, 'partner'), [null, null, null, 0]);
    expect(result.recommendation).to.deep.equal({ id: 'nothing-in-production' });
  });

  it('a team that already runs on-call needs no second rotation: staff for the workload only', () => {
    const result = run({ sharedOnCall: true });
    expect(result.staff).to.equal(1);
    expect(result.coverageDriven).to.equal(false);
    // 180,000 + 36,000; 180,000; 216,000 + 2 × 180,000 = 576,000.
    expectRow(row(result, 'in-house'), [216_000, 180_000, 576_000, 96_000]);
    // Nobody is needed after hours without after-hours work either way.
    expect(run({ sharedOnCall: true, afterHours: false }).staff).to.equal(1);
  });

  it('the honest-fit rule answers in-house for a team that wants it at the threshold, and names a cheaper partner', () => {
    // 8 pipelines: 8 × 20 × 12 / 1,600 = 1.2 engineer-years, the rotation of 4 sets the team; in-house 2,304,000.
    // Partner: 50,000 + 8 × 30,000 + 18,000 = 308,000, then 258,000 twice: 824,000. Difference 1,480,000.
    // In-house (4 × 576,000 while ⌈0.15 P⌉ ≤ 4) is lowest from 25 pipelines: partner 104,000 + 25 × 90,000 = 2,354,000,
    // consultant 2,310,000, vendor 2,340,000; at 24 the partner is 2,264,000.
    const priced = { partnerFee: 50_000, partnerOpsPerPipeline: 30_000 };
    const result = run({ pipelines: 8, keepInHouse: true }, priced);
    expectRow(row(result, 'partner'), [308_000, 258_000, 824_000, 384_000 + 24 * WEEK]);
    expect(result.recommendation).to.deep.equal({
      id: 'honest-fit',
      optionId: 'in-house',
      threshold: 5,
      cheaper: { optionId: 'partner', difference: 1_480_000 },
      cheapestFrom: 25,
    });
    expect(result.breakEven).to.equal(25);
  });

  it('applies the honest-fit rule from the threshold up, and only when the team wants in-house', () => {
    expect(run({ pipelines: 5, keepInHouse: true }).recommendation).to.deep.equal({
      id: 'honest-fit',
      optionId: 'in-house',
      threshold: 5,
      // In-house is already the lowest priced total (2,304,000).
      cheaper: null,
      cheapestFrom: null,
    });
    expect(run({ pipelines: 4, keepInHouse: true }).recommendation.id).to.equal('cheapest');
    expect(run({ pipelines: 6, keepInHouse: false }).recommendation.id).to.equal('cheapest');
    expect(run({ pipelines: 6, keepInHouse: true }, { honestFitThreshold: 7 }).recommendation.id).to.equal('cheapest');
  });

  it('says when in-house never becomes the lowest within 100 pipelines', () => {
    // A free partner costs only its owner share: 3 × 18,000 = 54,000, far below any team.
    const rec = run({ pipelines: 6, keepInHouse: true }, { partnerFee: 0, partnerOpsPerPipeline: 0 }).recommendation;
    expect(rec).to.deep.include({ id: 'honest-fit', cheapestFrom: null });
    expect(rec).to.have.nested.property('cheaper.optionId', 'partner');
  });

  it('with enough work, the workload and not the rotation sets the team', () => {
    // 40 × 20 × 12 / 1600 = 6 engineer-years, above a rotation of 4.
    const result = run({ pipelines: 40 });
    expect(result.load).to.equal(6);
    expect(result.staff).to.equal(6);
    expect(result.coverageDriven).to.equal(false);
    // 20 pipelines: 3 engineer-years, so the rotation of 4 still decides.
    expect(run({ pipelines: 20 }).staff).to.equal(4);
    expect(run({ pipelines: 20 }).coverageDriven).to.equal(true);
  });

  it('does not add an engineer for floating-point noise in the load', () => {
    // 3 × 13.3 × 12 / 478.8 is exactly 1, but computes as 1.0000000000000002.
    const result = run({ opsHours: 13.3, afterHours: false }, { productiveHours: 478.8 });
    expect(result.staff).to.equal(1);
    // A genuinely larger load still rounds up.
    expect(run({ opsHours: 13.4, afterHours: false }, { productiveHours: 478.8 }).staff).to.equal(2);
  });

  it('rounds a tiny positive load up to one engineer', () => {
    expect(run({ pipelines: 1, opsHours: 0.001, afterHours: false }).staff).to.equal(1);
    // No hours of work at all: nobody needed unless someone must be on call.
    expect(run({ opsHours: 0, afterHours: false }).staff).to.equal(0);
    expect(run({ opsHours: 0, afterHours: true }).staff).to.equal(4);
  });

  it('prices the partner when both prices are set, and it can win', () => {
    const result = run({}, { partnerFee: 50_000, partnerOpsPerPipeline: 30_000 });
    // 50,000 + 3 × 30,000 + 0.1 × 180,000 = 158,000; Year 2 without the fee 108,000; 158,000 + 216,000 = 374,000.
    expectRow(row(result, 'partner'), [158_000, 108_000, 374_000, 384_000 + 9 * WEEK]);
    expect(result.recommendation).to.deep.equal({ id: 'cheapest', optionId: 'partner', tiedWith: [], partnerUnpriced: false });
    expect(result.breakEven).to.equal(25);
  });

  it('says there is no break-even when in-house never costs as little as the partner', () => {
    expect(run({}, { partnerFee: 0, partnerOpsPerPipeline: 0 }).breakEven).to.equal(null);
  });

  it('counts a price of zero as set', () => {
    const result = run({}, { partnerFee: 0, partnerOpsPerPipeline: 0 });
    // 0.1 × 180,000 = 18,000 a year for the internal owner.
    expectRow(row(result, 'partner'), [18_000, 18_000, 54_000, 384_000 + 9 * WEEK]);
    expect(result.recommendation).to.include({ optionId: 'partner', partnerUnpriced: false });
  });

  it('leaves the partner unpriced, and out of "cheapest", when either price is missing', () => {
    for (const prices of [{ partnerFee: 1 }, { partnerOpsPerPipeline: 1 }, { partnerFee: null, partnerOpsPerPipeline: null }]) {
      const result = run({}, prices);
      expectRow(row(result, 'partner'), [null, null, null, 384_000 + 9 * WEEK]);
      expect(result.recommendation).to.include({ optionId: 'in-house', partnerUnpriced: true });
      expect(result.breakEven).to.equal(null);
    }
  });

  it('drops the rebuild from the vendor replacement cost when the vendor hands everything back', () => {
    expect(option(run({ vendorExit: false }), 'vendor').replacement).to.be.closeTo(21 * WEEK, 1e-6);
    expect(option(run({ vendorExit: true }), 'vendor').replacement).to.be.closeTo(9 * WEEK, 1e-6);
    // Nothing else depends on it.
    const [kept, handedBack] = [run({ vendorExit: false }), run({ vendorExit: true })];
    expect(row(handedBack, 'in-house')).to.deep.equal(row(kept, 'in-house'));
    expect(option(handedBack, 'vendor').total).to.equal(option(kept, 'vendor').total);
  });

  it('never shows -0 for an input of -0', () => {
    const result = run({ engineerCost: -0, toolSpend: -0, consultantFee: -0 });
    for (const value of result.options.flatMap((o) => [o.year1, o.year2, o.total, o.replacement])) {
      if (value !== null) expect(Object.is(value, -0), 'negative zero').to.equal(false);
    }
    expect(Object.is(result.engineerWeek, -0)).to.equal(false);
  });
});

describe('cost model: recommendedOption', () => {
  it('names the option the recommendation names, without the figures', () => {
    expect(recommendedOption({ ...defaultInputs }, defaultAssumptions)).to.equal('in-house');
    expect(recommendedOption({ ...defaultInputs, toolSpend: 48_000 }, defaultAssumptions)).to.equal('vendor');
    expect(recommendedOption({ ...defaultInputs, pipelines: 0 }, defaultAssumptions)).to.equal(undefined);
    expect(recommendedOption({ ...defaultInputs, pipelines: 30, keepInHouse: true }, defaultAssumptions)).to.equal('in-house');
  });
});

const checkInputs = (given: Record<string, unknown>) => validate(costInputsSchema, { ...defaultInputs, ...given });
const checkAssumptions = (given: Record<string, unknown>) => validate(costAssumptionsSchema, { ...defaultAssumptions, ...given });
const refused = (path: string, message: string) => ({ ok: false, problems: [{ path, message }] });

describe('cost model: input schema', () => {
  it('accepts the defaults and the bounds themselves', () => {
    expect(z.safeParse(costInputsSchema, defaultInputs).success).to.equal(true);
    const lowest = { pipelines: 0, engineerCost: 0, opsHours: 0, toolSpend: 0, consultantFee: 0 };
    const highest = { pipelines: 100, engineerCost: 10_000_000, opsHours: 500, toolSpend: 10_000_000, consultantFee: 10_000_000 };
    expect(checkInputs(lowest)).to.deep.equal({ ok: true, value: { ...defaultInputs, ...lowest } });
    expect(checkInputs(highest)).to.deep.equal({ ok: true, value: { ...defaultInputs, ...highest } });
  });

  it('reports each bad field once, saying what it expected', () => {
    const parsed = checkInputs({
      pipelines: 2.5,
      engineerCost: -1,
      opsHours: 501,
      toolSpend: '60000',
      consultantFee: NaN,
      afterHours: 'yes',
      vendorExit: 1,
      keepInHouse: null,
    });
    expect(parsed).to.deep.equal({
      ok: false,
      problems: [
        { path: 'pipelines', message: 'expected a whole number, got 2.5' },
        { path: 'engineerCost', message: 'must be 0–10000000' },
        { path: 'opsHours', message: 'must be 0–500' },
        { path: 'toolSpend', message: 'expected number, got "60000"' },
        { path: 'consultantFee', message: 'expected number, got NaN' },
        { path: 'afterHours', message: 'expected boolean, got "yes"' },
        { path: 'vendorExit', message: 'expected boolean, got 1' },
        { path: 'keepInHouse', message: 'expected boolean, got null' },
      ],
    });
  });

  it('refuses just past each bound', () => {
    for (const [field, bound] of Object.entries(inputBounds)) {
      for (const value of [-1, bound.max + 1]) {
        expect(checkInputs({ [field]: value }), `${field} = ${value}`).to.deep.equal(refused(field, `must be 0–${bound.max}`));
      }
    }
  });

  it('refuses Infinity, -Infinity and NaN everywhere, including whole-number fields', () => {
    for (const field of Object.keys(inputBounds)) {
      for (const value of [Infinity, -Infinity, NaN]) {
        expect(checkInputs({ [field]: value }), `${field} = ${value}`).to.deep.equal(
          refused(field, `expected number, got ${value}`),
        );
      }
    }
  });

  it('reports unknown keys, including a __proto__ key from JSON', () => {
    const hostile = JSON.parse('{"__proto__": {"pipelines": 1000, "polluted": true}, "pipeline": 6}');
    expect(checkInputs(hostile)).to.deep.equal(refused('(config)', 'has unknown key(s): __proto__, pipeline'));
  });

  it('refuses values that are not an object of fields', () => {
    for (const value of ['pipelines=3', 42, true, [3], () => 3, null]) {
      expect(validate(costInputsSchema, value).ok, String(value)).to.equal(false);
    }
  });

  it('does not call valueOf or toString on values', () => {
    const sneaky = { valueOf: () => 3, toString: () => '3' };
    expect(checkInputs({ pipelines: sneaky })).to.deep.equal(refused('pipelines', 'expected number, got an object'));
  });

  it('checks one numeric input on its own, as the element does while the reader types', () => {
    expect(isValidInput('pipelines', 7)).to.equal(true);
    expect(isValidInput('opsHours', 12.5)).to.equal(true);
    for (const [name, value] of [
      ['pipelines', 2.5],
      ['pipelines', 101],
      ['engineerCost', -1],
      ['opsHours', NaN],
      ['toolSpend', Infinity],
      ['consultantFee', undefined],
    ] as const) {
      expect(isValidInput(name, value), `${name} = ${value}`).to.equal(false);
    }
  });
});

describe('cost model: assumption schema', () => {
  it('accepts the defaults, with and without a locale', () => {
    expect(z.safeParse(costAssumptionsSchema, defaultAssumptions).success).to.equal(true);
    expect(checkAssumptions({ locale: 'de-DE', currency: 'EUR' })).to.deep.equal({
      ok: true,
      value: { ...defaultAssumptions, locale: 'de-DE', currency: 'EUR' },
    });
  });

  it('accepts partner prices and clearing them with null', () => {
    const priced = checkAssumptions({ partnerFee: 40_000, partnerOpsPerPipeline: 25_000 });
    expect(priced.ok && priced.value.partnerFee).to.equal(40_000);
    const cleared = checkAssumptions({ partnerFee: null });
    expect(cleared.ok && cleared.value.partnerFee).to.equal(null);
  });

  it('refuses currencies Intl does not know as ISO 4217 codes', () => {
    for (const currency of ['XYZ', 'US', 'DOLLARS', '', '€', 'U$D']) {
      expect(checkAssumptions({ currency }), currency).to.deep.equal(
        refused('currency', 'must be a currency code such as USD or EUR'),
      );
    }
    expect(checkAssumptions({ currency: 840 })).to.deep.equal(refused('currency', 'expected string, got 840'));
  });

  it('refuses locales Intl does not accept', () => {
    for (const locale of ['', 'not a locale', 'en_US!']) {
      expect(checkAssumptions({ locale }), locale).to.deep.equal(refused('locale', 'must be a language tag such as en-US'));
    }
  });

  it('refuses assumptions that would break the arithmetic or make no sense', () => {
    const cases: Array<[string, unknown, string, string?]> = [
      ['productiveHours', 0, 'must be 1–8760'],
      ['productiveHours', -1600, 'must be 1–8760'],
      ['rotation', 0, 'must be 1–50'],
      ['rotation', 2.5, 'expected a whole number, got 2.5'],
      ['recruitingRate', 1.5, 'must be 0–1'],
      ['ownerShare', -0.1, 'must be 0–1'],
      ['hireMonths', Infinity, 'expected number, got Infinity'],
      ['migrationWeeks', '3', 'expected number, got "3"'],
      ['partnerFee', -1, 'must be 0–10000000'],
      ['partnerOpsPerPipeline', NaN, 'expected number, got NaN'],
      ['honestFitThreshold', 0, 'must be 1–101'],
      ['colour', 'red', 'has unknown key(s): colour', '(config)'],
    ];
    for (const [field, value, message, path = field] of cases) {
      expect(checkAssumptions({ [field]: value }), `${field} = ${String(value)}`).to.deep.equal(refused(path, message));
    }
  });
});

describe('cost model: honest fit against a tie', () => {
  it('does not call an option that costs the same over the horizon cheaper', () => {
    // Tools at 48,000: vendor 3 × 768,000 = 2,304,000, the same as in-house; it would win "cheapest" on Year 1 only.
    const rec = estimate(
      { ...defaultInputs, toolSpend: 48_000, pipelines: 5, keepInHouse: true },
      defaultAssumptions,
    ).recommendation;
    expect(rec).to.deep.include({ id: 'honest-fit', cheaper: null, cheapestFrom: null });
  });
});
