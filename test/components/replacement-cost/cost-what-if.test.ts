import { expect } from '@open-wc/testing';
import { answerChanges } from '../../../src/components/replacement-cost/cost-what-if.js';
import type { CostAssumptions, CostInputs } from '../../../src/components/replacement-cost/cost-model.js';
import { defaultAssumptions, defaultInputs } from '../../../src/components/replacement-cost/replacement-cost.schema.js';

const changes = (inputs: Partial<CostInputs> = {}, assumptions: Partial<CostAssumptions> = {}) =>
  answerChanges({ ...defaultInputs, ...inputs }, { ...defaultAssumptions, ...assumptions });

describe('cost what-if: answerChanges', () => {
  it('finds the three nearest changes for the defaults, by hand', () => {
    // Today in-house is lowest over 3 years: 2,304,000 (4 engineers × 180,000 × 3.2).
    // Consultant: K + 2,160,000 is lower once K < 144,000 (at 144,000 the tie goes to in-house): 6,001 / 150,000 ≈ 4.0%.
    // In-house 12.8 E against the consultant's 150,000 + 12 E: the consultant wins once E > 187,500: 7,501 / 180,000 ≈ 4.2%.
    // Vendor: 3 T + 2,160,000 ties at T = 48,000 and wins the tie on Year 1: 12,000 / 60,000 = 20%.
    expect(changes()).to.deep.equal([
      { input: 'consultantFee', value: 143_999, optionId: 'consultant', honestFit: false },
      { input: 'engineerCost', value: 187_501, optionId: 'consultant', honestFit: false },
      { input: 'toolSpend', value: 48_000, optionId: 'vendor', honestFit: false },
    ]);
  });

  it('scans whole numbers and bisects hours to the tenth, past the boundary', () => {
    const everything = answerChanges(defaultInputs, defaultAssumptions, 10);
    // 27 pipelines: ⌈27 × 0.15⌉ = 5 engineers, in-house 2,880,000 against the consultant's 150,000 + 2,700,000.
    expect(everything).to.deep.include({ input: 'pipelines', value: 27, optionId: 'consultant', honestFit: false });
    // The load passes 4 engineer-years above 177.78 hours (3 × H × 12 / 1,600 = 4): 177.8 is the first tenth past it.
    expect(everything).to.deep.include({ input: 'opsHours', value: 177.8, optionId: 'consultant', honestFit: false });
    // No toggle changes this answer: one engineer without the rotation makes in-house cheaper still.
    expect(everything.map((change) => change.input)).to.have.members([
      'consultantFee',
      'engineerCost',
      'toolSpend',
      'pipelines',
      'opsHours',
    ]);
  });

  it('flips toggles: wanting in-house at the threshold makes it the honest fit', () => {
    // 6 pipelines with a free partner: the partner is lowest; wanting in-house flips it.
    const found = changes({ pipelines: 6 }, { partnerFee: 0, partnerOpsPerPipeline: 0 });
    expect(found).to.deep.include({ input: 'keepInHouse', value: true, optionId: 'in-house', honestFit: true });
  });

  it('names a shared on-call rotation when it changes the answer', () => {
    // 20 pipelines, 3 engineer-years, a rotation of 4: in-house 4 × 576,000 = 2,304,000, the consultant
    // 120,000 + 2,160,000 = 2,280,000. Sharing on-call needs 3 engineers: in-house 1,728,000 against 1,740,000.
    const found = answerChanges({ ...defaultInputs, pipelines: 20, consultantFee: 120_000 }, defaultAssumptions, 10);
    expect(found).to.deep.include({ input: 'sharedOnCall', value: true, optionId: 'in-house', honestFit: false });
  });

  it('leaves out inputs whose every value within bounds keeps the answer', () => {
    const none = answerChanges(
      { ...defaultInputs, keepInHouse: true, pipelines: 100 },
      { ...defaultAssumptions, honestFitThreshold: 1 },
    );
    // Wanting in-house at any count from 1 is the honest fit: only dropping the wish changes it.
    expect(none.map((change) => change.input)).to.deep.equal(['keepInHouse']);
  });
});
