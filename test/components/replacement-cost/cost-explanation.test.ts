import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { amount, inputsArbitrary } from './cost-arbitraries.js';
import { explainEstimate, listAssumptions, type ExplainedStep } from '../../../src/components/replacement-cost/cost-explanation.js';
import { estimate, type CostAssumptions, type CostInputs } from '../../../src/components/replacement-cost/cost-model.js';
import { defaultCostCopy } from '../../../src/components/replacement-cost/replacement-cost.content.js';
import { defaultAssumptions, defaultInputs } from '../../../src/components/replacement-cost/replacement-cost.schema.js';

const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const QUOTED = 'Quoted on the discovery call';
const format = (n: number | null) => (n === null ? QUOTED : dollars.format(n));

function explain(inputs: Partial<CostInputs> = {}, assumptions: Partial<CostAssumptions> = {}, money = format) {
  const fullInputs = { ...defaultInputs, ...inputs };
  const fullAssumptions: CostAssumptions = { ...defaultAssumptions, locale: 'en-US', ...assumptions };
  const result = estimate(fullInputs, fullAssumptions);
  return { result, steps: explainEstimate(fullInputs, fullAssumptions, result, money, defaultCostCopy) };
}

/** The steps in the order they are listed: the general ones, then each option's figures in table order. */
const stepIds = [
  'engineer-week',
  'load',
  'staff',
  'staff-cost',
  ...['in-house', 'vendor', 'consultant', 'partner'].flatMap((id) => [`${id}-year1`, `${id}-year2`, `${id}-replacement`]),
];

function step(steps: ExplainedStep[], id: string): ExplainedStep {
  const found = steps[stepIds.indexOf(id)];
  if (!found) throw new Error(`no step ${id}`);
  return found;
}

/** `formula = substituted = value`, the way the element will show a line. */
function line(steps: ExplainedStep[], id: string): string {
  const { formula, substituted, value } = step(steps, id);
  return `${formula} = ${substituted} = ${value}`;
}

describe('cost explanation: explainEstimate', () => {
  it('substitutes the default values into every formula', () => {
    const { steps } = explain();
    expect(line(steps, 'engineer-week')).to.equal('W = E / 52 = $180,000 / 52 = $3,462');
    expect(line(steps, 'load')).to.equal('L = P × H × 12 / productiveHours = 3 × 20 × 12 / 1,600 = 0.45 engineer-years');
    expect(step(steps, 'staff').substituted).to.equal('max(⌈0.45⌉, 4) = max(1, 4)');
    expect(step(steps, 'staff').value).to.equal('4 engineers');
    expect(line(steps, 'staff-cost')).to.equal('S × E = 4 × $180,000 = $720,000');
    expect(line(steps, 'in-house-year1')).to.equal(
      'S × E + S × recruitingRate × E = 4 × $180,000 + 4 × 0.2 × $180,000 = $864,000',
    );
    expect(step(steps, 'in-house-replacement').substituted).to.equal('0.2 × $180,000 + (4 / 12) × $180,000');
    expect(step(steps, 'in-house-replacement').value).to.equal('$96,000');
    expect(line(steps, 'vendor-year2')).to.equal('T + S × E = $60,000 + 4 × $180,000 = $780,000');
    expect(step(steps, 'vendor-replacement').substituted).to.equal('3 × 3 × $3,462 + 3 × 4 × $3,462');
    expect(step(steps, 'vendor-replacement').value).to.equal('$72,692');
    expect(line(steps, 'consultant-year1')).to.equal('K + S × E = $150,000 + 4 × $180,000 = $870,000');
    expect(step(steps, 'consultant-replacement').value).to.equal('$0');
    expect(step(steps, 'partner-replacement').substituted).to.equal(
      '4 × 0.2 × $180,000 + (4 / 12) × 4 × $180,000 + 3 × 3 × $3,462',
    );
    expect(step(steps, 'partner-replacement').value).to.equal('$415,154');
  });

  it('lists the general steps first, then every option figure in table order', () => {
    const { steps } = explain();
    expect(steps.map((s) => s.label)).to.deep.equal([
      'One engineer-week (W)',
      'Operating load (L)',
      'Engineers to run it in-house (S)',
      'In-house staff cost',
      ...['In-house', 'Vendor', 'Consultant', 'Operations Partner'].flatMap((name) => [
        `${name}, Year 1`,
        `${name}, Year 2`,
        `${name}, replacement cost`,
      ]),
    ]);
  });

  it('says an unpriced partner is quoted on the discovery call, naming what is missing', () => {
    let { steps } = explain();
    expect(step(steps, 'partner-year1')).to.include({
      substituted: 'partnerFee and partnerOpsPerPipeline not set',
      value: 'Quoted on the discovery call',
    });
    ({ steps } = explain({}, { partnerFee: 50_000 }));
    expect(step(steps, 'partner-year2').substituted).to.equal('partnerOpsPerPipeline not set');
  });

  it('shows a priced partner like any other option', () => {
    const { steps } = explain({}, { partnerFee: 50_000, partnerOpsPerPipeline: 30_000 });
    expect(line(steps, 'partner-year1')).to.equal(
      'partnerFee + P × partnerOpsPerPipeline + ownerShare × E = $50,000 + 3 × $30,000 + 0.1 × $180,000 = $158,000',
    );
    expect(line(steps, 'partner-year2')).to.equal(
      'P × partnerOpsPerPipeline + ownerShare × E = 3 × $30,000 + 0.1 × $180,000 = $108,000',
    );
  });

  it('follows the branch the model took', () => {
    let { steps } = explain({ afterHours: false });
    expect(step(steps, 'staff')).to.include({ substituted: '⌈0.45⌉', value: '1 engineer' });

    ({ steps } = explain({ vendorExit: true }));
    expect(step(steps, 'vendor-replacement').substituted).to.equal('3 × 3 × $3,462 + 0');
    expect(step(steps, 'vendor-replacement').value).to.equal('$31,154');

    ({ steps } = explain({ pipelines: 0 }));
    expect(step(steps, 'staff')).to.include({ substituted: 'P = 0', value: '0 engineers' });
    expect(step(steps, 'in-house-replacement')).to.include({ substituted: 'S = 0', value: '$0' });
  });

  it('keeps a tiny load visible rather than showing it as zero', () => {
    // 1 × 0.5 × 12 / 1600 = 0.00375: "⌈0⌉ = 1" would look like an error.
    const { steps } = explain({ pipelines: 1, opsHours: 0.5 });
    expect(step(steps, 'load').value).to.equal('0.0038 engineer-years');
    expect(step(steps, 'staff').substituted).to.equal('max(⌈0.0038⌉, 4) = max(1, 4)');
  });

  it('formats plain numbers in the configured locale', () => {
    const euros = (n: number | null) => new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(n ?? 0);
    const { steps } = explain({}, { locale: 'de-DE', currency: 'EUR' }, euros);
    expect(step(steps, 'load').substituted).to.equal('3 × 20 × 12 / 1.600');
    expect(step(steps, 'load').value).to.equal('0,45 engineer-years');
  });

  it('each substituted expression computes the value it shows', () => {
    // With money printed in full, the arithmetic on screen must reproduce the figure.
    const plain = (n: number | null) => String(n);
    const cases: Array<[Partial<CostInputs>, Partial<CostAssumptions>]> = [
      [{}, {}],
      [{ afterHours: false, vendorExit: true }, {}],
      [{ pipelines: 40, opsHours: 25 }, { partnerFee: 50_000, partnerOpsPerPipeline: 30_000 }],
    ];
    const arithmetic = /^[\d.+×/() -]+$/;
    for (const [inputs, assumptions] of cases) {
      const { steps } = explain(inputs, assumptions, plain);
      const checked = steps.filter((s) => arithmetic.test(s.substituted.replaceAll(',', '')));
      expect(checked.length, 'steps with pure arithmetic').to.be.greaterThan(12);
      for (const { label, substituted, value } of checked) {
        const computed = Function(`return ${substituted.replaceAll(',', '').replaceAll('×', '*')}`)() as number;
        expect(computed, `${label}: ${substituted}`).to.be.closeTo(Number.parseFloat(value.replaceAll(',', '')), 1e-6);
      }
    }
  });

  it('shows exactly the figures estimate() returned, and never NaN, undefined or null', () => {
    const prices = fc.record({
      partnerFee: fc.option(amount(10_000_000), { nil: null }),
      partnerOpsPerPipeline: fc.option(amount(10_000_000), { nil: null }),
    });
    fc.assert(
      fc.property(inputsArbitrary, prices, (given, priced) => {
        const { result, steps } = explain(given, priced);
        for (const option of result.options) {
          for (const [metric, amount] of [
            ['year1', option.year1],
            ['year2', option.year2],
            ['replacement', option.replacement],
          ] as const) {
            const shown = step(steps, `${option.id}-${metric}`).value;
            if (shown !== format(amount)) return false;
          }
        }
        return steps.every((s) => !/NaN|undefined|null|Infinity|∞|\[object/.test(Object.values(s).join(' ')));
      }),
      { numRuns: 200 },
    );
  });

  it('uses the option labels it is given', () => {
    const fullAssumptions = { ...defaultAssumptions, locale: 'en-US' };
    const result = estimate(defaultInputs, fullAssumptions);
    const steps = explainEstimate(defaultInputs, fullAssumptions, result, format, { ...defaultCostCopy, vendor: 'Tool vendor' });
    expect(step(steps, 'vendor-year1').label).to.equal('Tool vendor, Year 1');
    expect(step(steps, 'in-house-year1').label).to.equal('In-house, Year 1');
  });
});

describe('cost explanation: listAssumptions', () => {
  it('lists every assumption, once, in a fixed order', () => {
    const ids = listAssumptions({ ...defaultAssumptions }, format).map(([id]) => id);
    const expected = new Set([...Object.keys(defaultAssumptions), 'locale']);
    expect(ids).to.have.length(expected.size);
    expect(new Set(ids)).to.deep.equal(expected);
  });

  it('shows the default values in words a reader can check', () => {
    const values = Object.fromEntries(listAssumptions({ ...defaultAssumptions, locale: 'en-US' }, format).map(([id, , value]) => [id, value]));
    expect(values).to.deep.equal({
      currency: 'USD',
      locale: 'en-US',
      productiveHours: '1,600 hours',
      rotation: '4 engineers',
      hireMonths: '4 months',
      recruitingRate: '20%',
      migrationWeeks: '3 engineer-weeks per pipeline',
      rebuildWeeks: '4 engineer-weeks per pipeline',
      ownerShare: '10%',
      partnerFee: 'Quoted on the discovery call',
      partnerOpsPerPipeline: 'Quoted on the discovery call',
      honestFitThreshold: '5 pipelines',
    });
  });

  it('shows configured partner prices and the reader’s own locale', () => {
    const listed = listAssumptions({ ...defaultAssumptions, partnerFee: 40_000, partnerOpsPerPipeline: 25_000, rotation: 1 }, format);
    const values = Object.fromEntries(listed.map(([id, , value]) => [id, value]));
    expect(values.partnerFee).to.equal('$40,000');
    expect(values.partnerOpsPerPipeline).to.equal('$25,000');
    expect(values.rotation).to.equal('1 engineer');
    expect(values.locale).to.equal('Your browser’s language');
  });
});
