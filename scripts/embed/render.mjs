/**
 * Server rendering of the elements to declarative shadow DOM, with @lit-labs/ssr.
 *
 * API (shared by the embed pages and anyone prerendering the elements in Node):
 *   const { renderElement } = await loadRenderer();
 *   const markup = await renderElement('ops-vendor-quiz', { layout: 'list' });
 *   // → '<ops-vendor-quiz layout="list"><template shadowrootmode="open">…</template></ops-vendor-quiz>'
 *
 * - loadRenderer({ cacheDir }) builds src/index.ts for Node once (vite SSR build, lit left
 *   external so Node resolves lit's own server build) and defines the elements.
 * - renderElement(tag, attributes) returns the element's markup; attribute values are
 *   strings, `true` for a boolean attribute; false/undefined/null are left out.
 * - The markup starts and ends with Lit's hydration comments; the page must load
 *   @lit-labs/ssr-client/lit-element-hydrate-support.js before the elements (dist/embed/embed.js does).
 * - The client bundle must be built with the same template transform (minifyTemplates),
 *   or hydration rejects the templates as different.
 * - The server sees no light DOM: configure prerendered elements by attributes.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { minifyTemplates } from '../minify-templates.mjs';

export async function loadRenderer({ cacheDir = 'node_modules/.cache/ops-embed-ssr' } = {}) {
  await build({
    configFile: false,
    plugins: [minifyTemplates()],
    logLevel: 'warn',
    build: {
      ssr: 'src/index.ts',
      outDir: cacheDir,
      emptyOutDir: true,
      target: 'node20',
      rolldownOptions: { output: { entryFileNames: 'elements.js' } },
    },
  });
  const bundle = resolve(cacheDir, 'elements.js');
  if (!existsSync(bundle)) throw new Error(`server build missing: ${bundle}`);
  const { render } = await import('@lit-labs/ssr');
  const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
  const { html, unsafeStatic } = await import('lit/static-html.js');
  await import(pathToFileURL(bundle).href);

  async function renderElement(tag, attributes = {}) {
    if (!/^ops-[a-z-]+$/.test(tag)) throw new Error(`not an element of this library: ${tag}`);
    let open = tag;
    for (const [key, value] of Object.entries(attributes)) {
      if (value === false || value == null) continue;
      if (!/^[a-z][a-z-]*$/.test(key)) throw new Error(`bad attribute name: ${key}`);
      open += value === true ? ` ${key}` : ` ${key}="${escapeAttribute(String(value))}"`;
    }
    // Static tag names, from lit/static-html: checked above, never from a reader.
    // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
    return collectResult(render(html`<${unsafeStatic(open)}></${unsafeStatic(tag)}>`));
  }

  return { renderElement };
}

function escapeAttribute(value) {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
