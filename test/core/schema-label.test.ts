import { expect } from '@open-wc/testing';
import { validate } from '../../src/core/config.js';
import { label } from '../../src/core/schema.js';

describe('label()', () => {
  it('refuses blank and invisible-only text, and accepts visible text with spaces around it', () => {
    for (const blank of ['', ' ', '\t\n', '\u200B', '\u200C\u200D', '\u2060\uFEFF', ' \u200B ']) {
      const result = validate(label(20), blank);
      expect(result.ok, JSON.stringify(blank)).to.equal(false);
      if (!result.ok) expect(result.problems[0]!.message).to.equal('must contain visible text');
    }
    expect(validate(label(20), ' Book ').ok).to.equal(true);
    expect(validate(label(3), 'Book').ok, 'still bounded').to.equal(false);
  });
});
