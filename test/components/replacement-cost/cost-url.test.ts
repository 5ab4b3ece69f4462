import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { inputsArbitrary } from './cost-arbitraries.js';
import { decodeInputs, encodeInputs } from '../../../src/components/replacement-cost/cost-url.js';
import type { CostInputs } from '../../../src/components/replacement-cost/cost-model.js';
import { defaultInputs } from '../../../src/components/replacement-cost/replacement-cost.schema.js';

const custom: CostInputs = {
  pipelines: 12,
  engineerCost: 210_000.5,
  opsHours: 7.25,
  afterHours: false,
  toolSpend: 0,
  consultantFee: 90_000,
  vendorExit: true,
  keepInHouse: true,
  sharedOnCall: true,
};

describe('cost url: encodeInputs', () => {
  it('writes every input under the prefix, booleans as 1 and 0', () => {
    expect(encodeInputs(custom).toString()).to.equal(
      'rc.pipelines=12&rc.engineerCost=210000.5&rc.opsHours=7.25&rc.toolSpend=0&rc.consultantFee=90000' +
        '&rc.afterHours=0&rc.sharedOnCall=1&rc.vendorExit=1&rc.keepInHouse=1',
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
    fc.assert(
      fc.property(inputsArbitrary, (given) => {
        expect(decodeInputs(encodeInputs(given).toString())).to.deep.equal(given);
      }),
      { numRuns: 300 },
    );
  });

  it('takes the fields in the URL and keeps the rest at their defaults', () => {
    expect(decodeInputs('?rc.pipelines=8&rc.vendorExit=true&other=1')).to.deep.equal({
      ...defaultInputs,
      pipelines: 8,
      vendorExit: true,
    });
  });

  it('falls back to the defaults it is given', () => {
    expect(decodeInputs('rc.pipelines=8', 'rc', custom)).to.deep.equal({ ...custom, pipelines: 8 });
  });

  it('ignores garbage, out-of-range values and unknown keys, keeping defaults', () => {
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
    expect(decoded).to.deep.equal({ ...defaultInputs, keepInHouse: true });
    expect(Object.getPrototypeOf(decoded)).to.equal(Object.prototype);
  });

  it('refuses fractions and padded numbers in whole-number and money fields', () => {
    const decoded = decodeInputs('rc.pipelines=2.5&rc.engineerCost=%20100&rc.opsHours=1e2');
    expect(decoded.pipelines).to.equal(defaultInputs.pipelines);
    expect(decoded.engineerCost).to.equal(defaultInputs.engineerCost);
    // Exponents are what String() writes for some numbers, so they are read back.
    expect(decoded.opsHours).to.equal(100);
  });

  it('uses the first of repeated keys, as URLSearchParams.get() does', () => {
    expect(decodeInputs('rc.pipelines=4&rc.pipelines=9').pipelines).to.equal(4);
    // An unusable first value keeps the default rather than reaching for a later one.
    expect(decodeInputs('rc.pipelines=abc&rc.pipelines=9').pipelines).to.equal(defaultInputs.pipelines);
  });

  it('reads only its own namespace', () => {
    expect(decodeInputs('rc2.pipelines=9&pipelines=9&rcpipelines=9&calc.pipelines=7', 'calc').pipelines).to.equal(7);
    expect(decodeInputs('rc2.pipelines=9&pipelines=9&rcpipelines=9')).to.deep.equal(defaultInputs);
  });

  it('accepts URLSearchParams as well as a query string', () => {
    expect(decodeInputs(new URLSearchParams({ 'rc.opsHours': '40' })).opsHours).to.equal(40);
  });
});
