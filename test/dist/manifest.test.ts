import { expect } from '@open-wc/testing';
import type { ElementEntry } from '../../scripts/entries.js';

interface Declaration {
  tagName?: string;
  attributes?: Array<{ name: string; description?: string }>;
  events?: Array<{ name: string }>;
  cssParts?: Array<{ name: string }>;
}

describe('custom-elements.json', () => {
  it('documents every element with its attributes, events and parts, and no internal state', async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as {
      modules: Array<{ declarations?: Declaration[] }>;
    };
    const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
    const byTag = new Map(elements.map((element) => [element.tagName!, element]));
    const entries = (await (await fetch('/src/entries.json')).json()) as { elements: ElementEntry[] };
    for (const { tag } of entries.elements) {
      const element = byTag.get(tag);
      expect(element, tag).to.not.equal(undefined);
      const attributes = element!.attributes ?? [];
      expect(attributes.map((a) => a.name)).to.include('theme');
      expect(attributes.every((a) => a.description), `${tag}: every attribute described`).to.equal(true);
      expect(attributes.map((a) => a.name)).to.not.include('childConfigVersion');
      expect((element!.events ?? []).map((e) => e.name)).to.include('ops-error');
      expect(element!.cssParts ?? []).to.not.be.empty;
    }
  });
});
