// Runs in Node (`npm run test:node`), against the built package resolved by its own name,
// as a server-rendering framework would import it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const scriptEntries = Object.entries(manifest.exports)
  .filter(([, target]) => typeof target === 'object')
  .map(([subpath]) => `${manifest.name}${subpath.slice(1)}`);

const tags = {
  OpsBookingCta: 'ops-booking-cta',
  OpsIdentities: 'ops-identities',
  OpsReplacementCost: 'ops-replacement-cost',
  OpsVendorQuiz: 'ops-vendor-quiz',
};

test('every script entry of the package imports in Node without throwing', async () => {
  assert.ok(scriptEntries.length >= 5, `found entries: ${scriptEntries.join(', ')}`);
  for (const specifier of scriptEntries) {
    await assert.doesNotReject(import(specifier), specifier);
  }
});

test('in Node the elements are real Lit classes, registered where @lit-labs/ssr looks them up', async () => {
  const root = await import(manifest.name);
  for (const [className, tag] of Object.entries(tags)) {
    assert.equal(typeof root[className], 'function', className);
    assert.equal(globalThis.customElements.get(tag), root[className], tag);
  }
  const single = await import(`${manifest.name}/booking-cta`);
  assert.equal(single.OpsBookingCta, root.OpsBookingCta, 'entries share one class, so nothing is defined twice');
});

test('the browser files are not what Node resolves', async () => {
  const resolved = import.meta.resolve(manifest.name);
  assert.match(resolved, /\/dist\/node\//);
});

test('each element server-renders to declarative shadow DOM', async () => {
  const { render } = await import('@lit-labs/ssr');
  const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
  const { html, unsafeStatic } = await import('lit/static-html.js');
  await import(manifest.name);
  for (const tag of Object.values(tags)) {
    // The booking element needs its scheduler; without one it rightly shows what is missing.
    const href = tag === 'ops-booking-cta' ? 'https://cal.com/example/30min' : undefined;
    // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html -- static tag names from lit/static-html
    const markup = await collectResult(render(html`<${unsafeStatic(tag)} href=${href}></${unsafeStatic(tag)}>`));
    assert.match(markup, /<template shadowroot(mode)?="open"/, tag);
    assert.doesNotMatch(markup, /role="alert"/, `${tag} renders its content, not an error`);
  }
});
