import { expect } from '@open-wc/testing';
import { validate } from '../../../src/core/config.js';
import { mergeConfig } from '../../../src/core/config.js';
import { defaultIdentitiesConfig, identitiesConfigSchema } from '../../../src/components/identities/identities.schema.js';

const check = (layer: unknown) => validate(identitiesConfigSchema, mergeConfig(defaultIdentitiesConfig, layer));
const problemPaths = (layer: unknown) => {
  const result = check(layer);
  return result.ok ? [] : result.problems.map((problem) => problem.path);
};

describe('identities config schema', () => {
  it('accepts the defaults: three columns, a cell for each, Operations Partner highlighted', () => {
    const result = check(undefined);
    expect(result.ok).to.be.true;
    expect(defaultIdentitiesConfig.columns.map((column) => column.id)).to.deep.equal(['vendor', 'consultant', 'partner']);
    expect(defaultIdentitiesConfig.highlight).to.equal('partner');
  });

  it('keeps the default copy concise', () => {
    const { rows, columns, copy } = defaultIdentitiesConfig;
    const words = JSON.stringify({ rows, columns, copy });
    expect(words.length).to.be.below(3000);
  });

  it('refuses duplicate column ids and ids that would need escaping', () => {
    expect(problemPaths({ columns: [{ id: 'vendor', name: 'A' }, { id: 'vendor', name: 'B' }] })).to.include('columns[1].id');
    expect(problemPaths({ columns: [{ id: 'Bad Id"', name: 'A' }] })).to.include('columns[0].id');
  });

  it('refuses unknown keys, empty labels and overlong text', () => {
    expect(problemPaths({ colums: [] })).to.include('(config)');
    expect(problemPaths({ rows: [{ label: '', cells: { vendor: '', consultant: '', partner: '' } }] })).to.include('rows[0].label');
    expect(problemPaths({ copy: { intro: 'x'.repeat(601) } })).to.include('copy.intro');
  });

  it('refuses script and data links but accepts relative and https ones', () => {
    expect(problemPaths({ quizHref: 'javascript:alert(1)' })).to.deep.equal(['quizHref']);
    expect(problemPaths({ calculatorHref: 'data:text/html,hi' })).to.deep.equal(['calculatorHref']);
    expect(problemPaths({ quizHref: '/quiz#start', calculatorHref: 'https://example.com/cost' })).to.deep.equal([]);
  });
});
