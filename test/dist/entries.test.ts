import { expect } from '@open-wc/testing';
import type { ElementEntry, Entry } from '../../scripts/entries.js';

// src/entries.json is the one list of entries: the build, the size budgets and these tests read it.
const { bundle, elements } = (await (await fetch('/src/entries.json')).json()) as { bundle: Entry; elements: ElementEntry[] };

describe('src/entries.json', () => {
  it('matches package.json exports, entry for entry', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { exports: Record<string, unknown> };
    const expected: Record<string, unknown> = {};
    for (const entry of [bundle, ...elements]) {
      expected[entry.export] = { types: `./${entry.types}`, node: `./${entry.node}`, default: `./${entry.dist}` };
    }
    const code = Object.fromEntries(Object.entries(pkg.exports).filter(([key]) => key in expected));
    expect(code).to.deep.equal(expected);
    // Everything else is types or data, not code the list builds.
    const others = Object.keys(pkg.exports).filter((key) => !(key in expected));
    expect(others.sort()).to.deep.equal(['./custom-elements.json', './package.json', './react', './reserve.css', './svelte', './vue']);
  });

  it('lists every element the manifest documents, with its tag and class', async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as {
      modules: Array<{ path: string; declarations?: Array<{ name: string; tagName?: string }> }>;
    };
    const declared = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
    expect(declared.map((d) => [d.tagName, d.name]).sort()).to.deep.equal(
      elements.map((entry) => [entry.tag, entry.className]).sort(),
    );
  });
});

describe('per-element entries in dist/', () => {
  for (const { dist, tag, className } of elements) {
    it(`${dist} defines <${tag}> and no other element`, async () => {
      const before = new Set(elements.map((entry) => entry.tag).filter((other) => customElements.get(other)));
      const module = await import(`/${dist}`);
      expect(customElements.get(tag)).to.equal(module[className]);
      for (const { tag: other } of elements) {
        if (other !== tag && !before.has(other)) expect(customElements.get(other), other).to.equal(undefined);
      }
    });
  }
});
