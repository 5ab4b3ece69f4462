import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { validate } from '../../src/core/config.js';
import { amount, count, label, list, oneOf, rule, text } from '../../src/core/schema.js';

const problems = (schema: z.ZodMiniType, value: unknown) => {
  const result = validate(schema, value);
  return result.ok ? [] : result.problems.map((problem) => problem.message);
};

describe('schema helpers', () => {
  it('refuses labels a reader could not see, and keeps any visible one', () => {
    for (const blank of [
      '',
      ' ',
      '\t\n',
      '\u200B\u200C\u200D\u2060\uFEFF',
      '\u202E\u202C',
      '\u00AD',
      '\u3164',
      '\uFE0F',
      '\uDB40\uDC41',
      '\uD800',
    ]) {
      expect(problems(label(20), blank), JSON.stringify(blank)).to.deep.equal(['must contain visible text']);
    }
    for (const visible of ['Start', ' a ', 'مرحبا', '日本', '✓', '\u200Bx', '1']) {
      expect(problems(label(20), visible), visible).to.deep.equal([]);
    }
    expect(problems(label(3), 'four')).to.deep.equal(['must be at most 3 characters']);
    expect(validate(z.object({ copy: z.object({ start: label(20) }) }), { copy: { start: ' ' } })).to.deep.equal({
      ok: false,
      problems: [{ path: 'copy.start', message: 'must contain visible text' }],
    });
  });

  it('bounds text length, saying how', () => {
    expect(problems(text(5), 'abcde')).to.deep.equal([]);
    expect(problems(text(5), 'abcdef')).to.deep.equal(['must be at most 5 characters']);
    expect(problems(text(5, 1), '')).to.deep.equal(['must be 1–5 characters']);
  });

  it('refuses labels that are blank or show nothing, and bounds their length', () => {
    for (const blank of ['', ' ', '\t\n', '\u00a0', '\u200b', '\u200b\u200c\u200d\u2060', '\ufeff', '\u202e \u200f', '\u00ad']) {
      expect(problems(label(10), blank), JSON.stringify(blank)).to.deep.equal(['must contain visible text']);
    }
    for (const visible of ['a', ' Next ', '\u200bx', '→', '؟', '日本'])
      expect(problems(label(10), visible), visible).to.deep.equal([]);
    expect(problems(label(3), 'abcd')).to.deep.equal(['must be at most 3 characters']);
  });

  it('bounds numbers and whole numbers', () => {
    expect(problems(amount(0, 10), 10)).to.deep.equal([]);
    expect(problems(amount(0, 10), -1)).to.deep.equal(['must be 0–10']);
    expect(problems(amount(0, 10), Number.NaN)).to.deep.equal(['expected number, got NaN']);
    expect(problems(count(1, 6), 2.5)).to.have.length(1);
    expect(problems(count(1, 6), 7)).to.deep.equal(['must be 1–6']);
  });

  it('bounds list lengths', () => {
    expect(problems(list(z.string(), 1, 2), [])).to.deep.equal(['must be 1–2 items']);
    expect(problems(list(z.string(), 1, 2), ['a', 'b', 'c'])).to.deep.equal(['must be 1–2 items']);
    expect(problems(list(z.string(), 1, 2), ['a'])).to.deep.equal([]);
  });

  it('checks one of a fixed set and custom rules, with their messages', () => {
    expect(problems(oneOf(['a', 'b']), 'b')).to.deep.equal([]);
    expect(problems(oneOf(['a', 'b']), 'c')).to.deep.equal(['must be one of "a", "b"']);
    expect(problems(oneOf(['a', 'b']), 1)).to.have.length(1);
    const even = z.number().check(rule((n: number) => n % 2 === 0, 'must be even'));
    expect(problems(even, 4)).to.deep.equal([]);
    expect(problems(even, 3)).to.deep.equal(['must be even']);
  });
});
