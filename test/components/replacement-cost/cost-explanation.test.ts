import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { inputsArbitrary } from './cost-arbitraries.js';
import {
  changeLines,
  explainEstimate,
  formatsFor,
  listValues,
  recommendationText,
} from '../../../src/components/replacement-cost/cost-explanation.js';
import { answerChanges } from '../../../src/components/replacement-cost/cost-what-if.js';
import { estimate, type CostAssumptions, type CostInputs } from '../../../src/components/replacement-cost/cost-model.js';
import { defaultCostCopy } from '../../../src/components/replacement-cost/replacement-cost.content.js';
import { defaultAssumptions, defaultInputs } from '../../../src/components/replacement-cost/replacement-cost.schema.js';

const US = formatsFor(defaultCostCopy, 'USD', 'en-US');
const PRICED = { partnerFee: 50_000, partnerOpsPerPipeline: 30_000 };

function setUp(inputs: Partial<CostInputs> = {}, assumptions: Partial<CostAssumptions> = {}) {
  const fullInputs = { ...defaultInputs, ...inputs };
  const fullAssumptions: CostAssumptions = { ...defaultAssumptions, locale: 'en-US', ...assumptions };
  return { inputs: fullInputs, assumptions: fullAssumptions, result: estimate(fullInputs, fullAssumptions) };
}

const explain = (inputs?: Partial<CostInputs>, assumptions?: Partial<CostAssumptions>) => {
  const { inputs: i, assumptions: a, result } = setUp(inputs, assumptions);
  return explainEstimate(i, a, result, US);
};

const recommend = (inputs?: Partial<CostInputs>, assumptions?: Partial<CostAssumptions>) => {
  const { assumptions: a, result } = setUp(inputs, assumptions);
  return recommendationText(result, a, US);
};

describe('cost explanation: explainEstimate', () => {
  it('says every step as a sentence with the default values in it', () => {
    expect(explain()).to.deep.equal([
      'One engineer-week is $180,000 ÷ 52 = $3,462.',
      'Operating work: 3 pipelines × 20 hours × 12 months ÷ 1,600 productive hours = 0.45 engineer-years, so 1 engineer for the workload; an after-hours rotation needs 4; in-house staff = 4.',
      'In-house: Year 1 = 4 × $180,000 + 4 × 20% × $180,000 recruiting = $864,000; Year 2 = 4 × $180,000 = $720,000.',
      'Vendor: each year = $60,000 tools + 4 × $180,000 staff = $780,000.',
      'Consultant: Year 1 = $150,000 fee + 4 × $180,000 staff = $870,000; Year 2 = 4 × $180,000 = $720,000.',
      'Operations Partner: priced on the discovery call.',
      'Each total over 3 years = Year 1 + 2 × Year 2.',
      'To replace an engineer who leaves: 20% × $180,000 recruiting + 4 months of $180,000 = $96,000.',
      // 3 × 3 × 3,461.54 + 3 × 4 × 3,461.54 = 72,692.
      'To replace the vendor: 3 × 3 engineer-weeks × $3,462 to move + 3 × 4 engineer-weeks × $3,462 to rebuild what leaves with them = $72,692.',
      'To replace the consultant: $0; nothing runs on them after delivery.',
      // 4 × 36,000 + 4 × 60,000 + 3 × 3 × 3,461.54 = 415,154.
      'To replace the Operations Partner: 4 × 20% × $180,000 recruiting + 4 × 4 months of $180,000 + 3 × 3 engineer-weeks × $3,462 to move = $415,154; no rebuild: data, audit trail and outputs stay with you.',
    ]);
  });

  it('follows the branch the model took: a shared rotation, no after-hours work, a vendor that hands back', () => {
    expect(explain({ sharedOnCall: true })[1]).to.contain(
      '1 engineer for the workload; your on-call rotation covers after hours; in-house staff = 1.',
    );
    expect(explain({ afterHours: false })[1]).to.contain('so 1 engineer for the workload; in-house staff = 1.');
    expect(explain({ vendorExit: true })[8]).to.equal(
      'To replace the vendor: 3 × 3 engineer-weeks × $3,462 to move, nothing to rebuild since they hand everything back, = $31,154.',
    );
    expect(explain({ pipelines: 0 })[1]).to.equal('No pipelines in production, so no in-house staff.');
    expect(explain({ pipelines: 0 })[7]).to.equal('To replace in-house staff: nobody on staff, so $0.');
  });

  it('shows a priced partner like any other option', () => {
    expect(explain({}, PRICED)[5]).to.equal(
      'Operations Partner: Year 1 = $50,000 fee + 3 × $30,000 support + 10% × $180,000 internal owner = $158,000; Year 2 = $108,000 without the fee.',
    );
  });

  it('never shows code: no ternaries, no camelCase names, no symbols standing for assumptions', () => {
    fc.assert(
      fc.property(inputsArbitrary, fc.boolean(), (inputs, priced) => {
        const { assumptions, result } = setUp(inputs, priced ? PRICED : {});
        const text = explainEstimate(inputs, assumptions, result, US).join(' ');
        return !/[?:]\s*\(|\?|\b[a-z]+[A-Z][a-z]+\b|NaN|undefined|null|Infinity/.test(text);
      }),
      { numRuns: 200 },
    );
  });
});

describe('cost explanation: recommendationText', () => {
  it('names the lowest total over the horizon, and the unpriced partner', () => {
    const text = recommend();
    expect(text.title).to.equal('Lowest 3-year cost: In-house');
    expect(text.reason).to.equal(
      'In-house costs $2,304,000 over 3 years, the least of the priced options. ' +
        'After-hours cover, not workload, sets the in-house headcount: the 3am test needs a rotation of 4. ' +
        'Operations Partner pricing is quoted on a discovery call, so it is left out.',
    );
  });

  it('at the honest-fit boundary with a cheaper partner, says in-house fits, what it costs, and that the partner is cheaper', () => {
    const text = recommend({ pipelines: 8, keepInHouse: true }, PRICED);
    expect(text.title).to.equal(
      'Keep it in-house: you want to own operations, and from 5 pipelines there is enough to keep a platform team busy',
    );
    expect(text.reason).to.equal(
      'The numbers need 4 engineers, set by the after-hours rotation of 4: $2,304,000 over 3 years. ' +
        'Operations Partner costs $1,480,000 less over 3 years. In-house becomes the lowest cost from 25 pipelines.',
    );
  });

  it('says when in-house never becomes the lowest, and says nothing about price when it already is', () => {
    expect(recommend({ pipelines: 6, keepInHouse: true }, { partnerFee: 0, partnerOpsPerPipeline: 0 }).reason).to.contain(
      'Up to 100 pipelines, in-house does not become the lowest cost.',
    );
    expect(recommend({ pipelines: 5, keepInHouse: true }).reason).to.equal(
      'The numbers need 4 engineers, set by the after-hours rotation of 4: $2,304,000 over 3 years.',
    );
  });

  it('points to the vendor quiz when nothing is in production', () => {
    expect(recommend({ pipelines: 0 })).to.deep.equal({
      title: 'Nothing in production yet',
      reason: 'Before buying anything, run your shortlist through the vendor quiz.',
    });
  });

  it('names a tie, and leaves out sentences that do not apply', () => {
    expect(recommend({ consultantFee: 144_000 }).reason).to.contain('Consultant costs the same.');
    const text = recommend({ pipelines: 40 }, PRICED);
    expect(text.reason).not.to.contain('3am');
    expect(text.reason).not.to.contain('discovery call');
  });

  it('uses the copy it is given', () => {
    const acme = formatsFor(
      { ...defaultCostCopy, partner: 'Acme Ops', cheapestTitle: 'Am günstigsten: {option}' },
      'USD',
      'en-US',
    );
    const { assumptions, result } = setUp({}, PRICED);
    expect(recommendationText(result, assumptions, acme).title).to.equal('Am günstigsten: Acme Ops');
  });
});

describe('cost explanation: changeLines', () => {
  it('says each change in words, and the break-even when the partner is priced', () => {
    const { inputs, assumptions, result } = setUp();
    expect(changeLines(answerChanges(inputs, assumptions), result, assumptions, US)).to.deep.equal([
      'With a consulting fee of $143,999, Consultant has the lowest 3-year cost.',
      'If an engineer cost $187,501 a year, Consultant has the lowest 3-year cost.',
      'With $48,000 a year on tools, Vendor has the lowest 3-year cost.',
    ]);
    const priced = setUp({}, PRICED);
    expect(changeLines([], priced.result, priced.assumptions, US)).to.deep.equal([
      'In-house costs no more than the Operations Partner over 3 years from 25 pipelines.',
    ]);
    const free = setUp({}, { partnerFee: 0, partnerOpsPerPipeline: 0 });
    expect(changeLines([], free.result, free.assumptions, US)).to.deep.equal([
      'Up to 100 pipelines, in-house costs more than the Operations Partner over 3 years.',
    ]);
  });

  it('words toggles and the honest fit', () => {
    const { result, assumptions } = setUp();
    const lines = changeLines(
      [
        { input: 'sharedOnCall', value: true, optionId: 'in-house', honestFit: false },
        { input: 'keepInHouse', value: true, optionId: 'in-house', honestFit: true },
      ],
      result,
      assumptions,
      US,
    );
    expect(lines).to.deep.equal([
      'If your on-call rotation can cover these pipelines, In-house has the lowest 3-year cost.',
      'If you want to keep operations in-house, in-house is the honest fit.',
    ]);
  });
});

describe('cost explanation: listValues', () => {
  it('lists the reader’s inputs, then every assumption, each with who set it', () => {
    const { assumptions } = setUp();
    const values = listValues({ ...defaultInputs, pipelines: 12, sharedOnCall: true }, defaultInputs, assumptions, US);
    expect(values.map(({ label, value, setBy }) => `${label}: ${value} (${setBy})`)).to.deep.equal([
      'AI pipelines in production: 12 pipelines (you)',
      'One platform engineer, fully loaded: $180,000 per year (site owner)',
      'Time to operate each pipeline: 20 hours per pipeline per month (site owner)',
      'AI tools and seats: $60,000 per year (site owner)',
      'Consulting engagement: $150,000 one-off (site owner)',
      'Something needs a human outside business hours (the 3am test): yes (site owner)',
      'An on-call rotation you already run can cover these pipelines: yes (you)',
      'Your vendor hands back data, audit trail and outputs when you leave: no (site owner)',
      'You want to keep operations in-house: no (site owner)',
      'Currency: USD (site owner)',
      'Number format: en-US (site owner)',
      'Productive hours per engineer-year: 1,600 (site owner)',
      'Engineers in the smallest after-hours rotation: 4 (site owner)',
      'Months to hire and ramp up an engineer: 4 (site owner)',
      'Recruiting cost, share of a year’s pay: 20% (site owner)',
      'Engineer-weeks to move one pipeline: 3 (site owner)',
      'Engineer-weeks to rebuild one pipeline’s know-how: 4 (site owner)',
      'Internal owner’s share of an engineer, with a partner: 10% (site owner)',
      'Operations Partner fee, one-off: Quoted on the discovery call (site owner)',
      'Operations Partner support per pipeline per year: Quoted on the discovery call (site owner)',
      'Pipelines from which in-house is the honest fit: 5 (site owner)',
      'Years in the total: 3 (site owner)',
    ]);
  });
});
