/**
 * The script of the hosted embed pages (dist/embed/*.html): hydrates the prerendered
 * element, applies the query-string configuration, and reports the page height to an
 * embedding parent. The hydrate support must be evaluated before lit, so it comes first.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../index.js';
import { startHeightReporter } from './auto-height.js';
import { queryAttributes } from './query-attributes.js';

// Lit adds it for deferred hydration; it is not configuration.
const INTERNAL_ATTRIBUTES = new Set(['defer-hydration']);

async function configure(element: Element): Promise<void> {
  const tag = element.localName;
  const constructor = (await customElements.whenDefined(tag)) as CustomElementConstructor & { observedAttributes?: string[] };
  // The first update hydrates the server's markup; attributes set before it would not match it.
  await (element as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  const attributes = (constructor.observedAttributes ?? []).filter((name) => !INTERNAL_ATTRIBUTES.has(name));
  for (const [name, value] of queryAttributes(location.search, attributes)) element.setAttribute(name, value);
}

const element = document.querySelector('[data-embed]');
if (element) void configure(element).then(() => startHeightReporter());
