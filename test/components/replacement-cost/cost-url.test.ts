import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { decodeInputs, encodeInputs } from '../../../src/components/replacement-cost/cost-url.js';
import { defaultInputs, type CostInputs } from '../../../src/components/replacement-cost/cost-model.js';

const custom: CostInputs = {
  pipelines: 12,
  engineerCost: 210_000.5,
  opsHours: 7.25,
  afterHours: false,
  toolSpend: 0,
  consultantFee: 90_000,
  vendorExit: true,
  keepInHouse: true,
};

describe('cost url: encodeInputs', () => {
  it('writes every input under the prefix, booleans as 1 and 0', () => {
    expect(encodeInputs(custom).toString()).to.equal(
      'rc.pipelines=12&rc.engineerCost=210000.5&rc.opsHours=7.25&rc.toolSpend=0&rc.consultantFee=90000' +
        '&rc.afterHours=0&rc.vendorExit=1&rc.keepInHouse=1',
    );
  });

  it('keeps the host’s own parameters and replaces stale ones under the prefix', () => {
    const params = encodeInputs(defaultInputs, 'calc', '?utm_source=news&calc.pipelines=99&calc.old=1&calculator=x');
    expect(params.get('utm_source')).to.equal('news');
    expect(params.get('calculator')).to.equal('x');
    expect(params.getAll('calc.pipelines')).to.deep.equal(['3']);
    expect(params.has('calc.old')).to.equal(false);
  });

  it('does not change the parameters it was given', () => {
    const base = new URLSearchParams('rc.pipelines=9');
    encodeInputs(defaultInputs, 'rc', base);
    expect(base.toString()).to.equal('rc.pipelines=9');
  });
});

describe('cost url: decodeInputs', () => {
  it('round-trips any in-bounds inputs exactly', () => {
    const money = (max: number) => fc.double({ min: 0, max, noNaN: true });
    const inputs = fc.record({
      pipelines: fc.integer({ min: 0, max: 100 }),
      engineerCost: money(10_000_000),
      opsHours: money(500),
      afterHours: fc.boolean(),
      toolSpend: money(10_000_000),
      consultantFee: money(10_000_000),
      vendorExit: fc.boolean(),
      keepInHouse: fc.boolean(),
    });
    fc.assert(
      fc.property(inputs, (given) => {
        const decoded = decodeInputs(encodeInputs(given).toString());
        expect(decoded.inputs).to.deep.equal(given);
        expect(decoded.ignored).to.deep.equal([]);
      }),
      { numRuns: 300 },
    );
  });

  it('reports which fields came from the URL and keeps the rest at their defaults', () => {
    const decoded = decodeInputs('?rc.pipelines=8&rc.vendorExit=true&other=1');
    expect(decoded).to.deep.equal({
      inputs: { ...defaultInputs, pipelines: 8, vendorExit: true },
      applied: ['pipelines', 'vendorExit'],
      ignored: [],
    });
  });

  it('falls back to the defaults it is given', () => {
    const decoded = decodeInputs('rc.pipelines=8', 'rc', custom);
    expect(decoded.inputs).to.deep.equal({ ...custom, pipelines: 8 });
  });

  it('ignores garbage and out-of-range values, keeping defaults and naming each ignored key', () => {
    const query = [
      'rc.pipelines=101',
      'rc.engineerCost=-5',
      'rc.opsHours=0x10',
      'rc.toolSpend=',
      'rc.consultantFee=Infinity',
      'rc.afterHours=maybe',
      'rc.vendorExit=yes',
      'rc.keepInHouse=1',
      'rc.colour=blue',
      'rc.__proto__=1',
    ].join('&');
    const decoded = decodeInputs(query);
    expect(decoded.inputs).to.deep.equal({ ...defaultInputs, keepInHouse: true });
    expect(decoded.applied).to.deep.equal(['keepInHouse']);
    expect([...decoded.ignored].sort()).to.deep.equal(
      [
        'rc.pipelines',
        'rc.engineerCost',
        'rc.opsHours',
        'rc.toolSpend',
        'rc.consultantFee',
        'rc.afterHours',
        'rc.vendorExit',
        'rc.colour',
        'rc.__proto__',
      ].sort(),
    );
  });

  it('refuses fractions and padded numbers in whole-number and money fields', () => {
    const decoded = decodeInputs('rc.pipelines=2.5&rc.engineerCost=%20100&rc.opsHours=1e2');
    expect(decoded.inputs.pipelines).to.equal(defaultInputs.pipelines);
    expect(decoded.inputs.engineerCost).to.equal(defaultInputs.engineerCost);
    // Exponents are what String() writes for some numbers, so they are read back.
    expect(decoded.inputs.opsHours).to.equal(100);
    expect(decoded.ignored).to.deep.equal(['rc.engineerCost', 'rc.pipelines']);
  });

  it('uses the first of repeated keys and reports the rest', () => {
    const decoded = decodeInputs('rc.pipelines=4&rc.pipelines=9');
    expect(decoded.inputs.pipelines).to.equal(4);
    expect(decoded.ignored).to.deep.equal(['rc.pipelines']);
  });

  it('reads only its own namespace', () => {
    const decoded = decodeInputs('rc2.pipelines=9&pipelines=9&rcpipelines=9&calc.pipelines=7', 'calc');
    expect(decoded.inputs.pipelines).to.equal(7);
    expect(decoded.ignored).to.deep.equal([]);
    expect(decodeInputs('rc2.pipelines=9&pipelines=9').applied).to.deep.equal([]);
  });

  it('accepts URLSearchParams as well as a query string', () => {
    expect(decodeInputs(new URLSearchParams({ 'rc.opsHours': '40' })).inputs.opsHours).to.equal(40);
  });
});
