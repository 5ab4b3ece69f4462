// Runs in Node (`npm run test:node`) after the build: custom-elements.json describes the
// files the package ships, so editors, Storybook and other tools find the elements.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const root = new URL('../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
const tags = ['ops-booking-cta', 'ops-identities', 'ops-replacement-cost', 'ops-vendor-quiz'];

test('every module the manifest names is a file in dist/', () => {
  for (const module of manifest.modules) {
    assert.match(module.path, /^dist\/[\w-]+\.js$/);
    assert.ok(existsSync(new URL(module.path, root)), module.path);
  }
  assert.ok(!JSON.stringify(manifest).includes('src/'), 'no source paths left');
});

test('each tag is defined by its own file and by the bundle, pointing at the class that declares it', () => {
  const definitions = manifest.modules.flatMap((module) =>
    (module.exports ?? [])
      .filter((entry) => entry.kind === 'custom-element-definition')
      .map((entry) => ({ ...entry, in: module.path })),
  );
  assert.deepEqual([...new Set(definitions.map((definition) => definition.name))].sort(), tags);
  for (const definition of definitions) {
    const home = manifest.modules.find((module) => module.path === definition.declaration.module);
    const declaration = home?.declarations?.find((candidate) => candidate.name === definition.declaration.name);
    assert.equal(declaration?.tagName, definition.name, `${definition.name} in ${definition.in}`);
  }
  for (const tag of tags) {
    const ins = definitions.filter((definition) => definition.name === tag).map((definition) => definition.in);
    assert.deepEqual(ins.sort(), ['dist/ops-partner-widgets.js', `dist/${tag.slice(4)}.js`].sort(), tag);
  }
});

test('every event has its CustomEvent type, named after its detail type', () => {
  for (const module of manifest.modules) {
    for (const element of module.declarations ?? []) {
      for (const event of element.events ?? []) {
        assert.match(event.type?.text ?? '', /^CustomEvent<\w+Detail>$/, `${element.tagName} ${event.name}`);
      }
    }
  }
});
