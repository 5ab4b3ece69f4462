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
    expect(
      problemPaths({
        columns: [
          { id: 'vendor', name: 'A' },
          { id: 'vendor', name: 'B' },
        ],
      }),
    ).to.include('columns[1].id');
    expect(problemPaths({ columns: [{ id: 'Bad Id"', name: 'A' }] })).to.include('columns[0].id');
  });

  it('refuses unknown keys, empty labels and overlong text', () => {
    expect(problemPaths({ colums: [] })).to.include('(config)');
    expect(problemPaths({ rows: [{ label: '', cells: { vendor: '', consultant: '', partner: '' } }] })).to.include(
      'rows[0].label',
    );
    expect(problemPaths({ copy: { intro: 'x'.repeat(601) } })).to.include('copy.intro');
  });

  it('refuses cells that are not text or too long', () => {
    const cells = { vendor: 'x'.repeat(601), consultant: 'fine', partner: 1 };
    expect(problemPaths({ rows: [{ label: 'x', cells }] })).to.include.members(['rows[0].cells.vendor', 'rows[0].cells.partner']);
  });

  it('takes heading levels 1 to 6, whole numbers only', () => {
    expect(problemPaths({ headingLevel: 6 })).to.deep.equal([]);
    for (const headingLevel of [0, 7, 2.5, Number.NaN]) expect(problemPaths({ headingLevel })).to.deep.equal(['headingLevel']);
  });

  it('refuses script and data links but accepts relative and https ones', () => {
    expect(problemPaths({ quizHref: 'javascript:alert(1)' })).to.deep.equal(['quizHref']);
    expect(problemPaths({ calculatorHref: 'data:text/html,hi' })).to.deep.equal(['calculatorHref']);
    expect(problemPaths({ quizHref: '/quiz#start', calculatorHref: 'https://example.com/cost' })).to.deep.equal([]);
    const result = check({ quizHref: 'javascript:alert(1)' });
    expect(result.ok ? '' : result.problems[0]!.message).to.equal('must be an http(s) or relative link');
  });
});
