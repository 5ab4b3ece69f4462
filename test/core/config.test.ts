import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { formatPath, mergeConfig, readJsonConfig, validate } from '../../src/core/config.js';
import { count, oneOf, text } from '../../src/core/schema.js';

describe('config', () => {
  it('merges layers deeply, later wins, lists replaced, undefined ignored', () => {
    const merged = mergeConfig(
      { a: 1, nested: { x: 1, y: 2 }, list: [1, 2] },
      undefined,
      { nested: { y: 3 }, list: [9] },
      { a: undefined, nested: { z: 4 } },
    );
    expect(merged).to.deep.equal({ a: 1, nested: { x: 1, y: 3, z: 4 }, list: [9] });
  });

  it('drops keys that would pollute prototypes', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"p": 1}}, "ok": 1}');
    const merged = mergeConfig({}, hostile) as Record<string, unknown>;
    expect(merged).to.deep.equal({ ok: 1 });
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
  });

  it('words validation problems with the path and what was expected', () => {
    const schema = z.strictObject({
      count: count(0, 10),
      mode: oneOf(['a', 'b']),
      items: z.array(z.object({ label: text(3) })),
    });
    const result = validate(schema, { count: 11, mode: 'c', items: [{ label: 'long' }, { label: 5 }], extra: 1 });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.problems.map((p) => [p.path, p.message]));
    expect(byPath['count']).to.equal('must be 0–10');
    expect(byPath['mode']).to.equal('must be one of "a", "b"');
    expect(byPath['items[0].label']).to.equal('must be at most 3 characters');
    expect(byPath['items[1].label']).to.equal('expected string, got 5');
    expect(byPath['(config)']).to.equal('has unknown key(s): extra');
  });

  it('says when a value is missing or not a number', () => {
    const result = validate(z.object({ n: z.number() }), { n: Number.NaN });
    expect(!result.ok && result.problems[0]!.message).to.equal('expected number, got NaN');
    const missing = validate(z.object({ n: z.number() }), {});
    expect(!missing.ok && missing.problems[0]!.message).to.equal('expected number, but it is missing');
  });

  it('formats paths readably', () => {
    expect(formatPath(['questions', 2, 'choices', 0, 'id'])).to.equal('questions[2].choices[0].id');
    expect(formatPath([])).to.equal('(config)');
  });

  it('reads a JSON child script and reports invalid JSON', () => {
    const host = document.createElement('div');
    expect(readJsonConfig(host)).to.deep.equal({ ok: true, value: undefined });
    host.innerHTML = '<script type="application/json">{"a": 1}</script>';
    expect(readJsonConfig(host)).to.deep.equal({ ok: true, value: { a: 1 } });
    host.innerHTML = '<script type="application/json">{a: 1}</script>';
    const bad = readJsonConfig(host);
    expect(bad.ok).to.equal(false);
    expect(!bad.ok && bad.problems[0]!.message).to.contain('not valid JSON');
  });

  it('ignores JSON scripts nested deeper than a direct child', () => {
    const host = document.createElement('div');
    host.innerHTML = '<div><script type="application/json">{"a": 1}</script></div>';
    expect(readJsonConfig(host)).to.deep.equal({ ok: true, value: undefined });
  });
});
