/**
 * The lazy loader: one small script that defines each element the first time its tag
 * appears on the page, so a page pays only for the elements it uses.
 *
 *   <script type="module" src="…/dist/loader.js"></script>
 *
 * Each element's code sits in `lazy/` next to this file: one chunk per element, plus the
 * chunks it shares with others (lit, zod and the core with all of them; the form controls
 * only with the quiz and the calculator). When a tag is found, the loader asks for the
 * element's chunk and its shared ones at the same time, so the browser does not discover
 * them only after the element's own chunk has arrived.
 */

/** Written by scripts/build-loader.mjs: each tag's files, its own chunk first, relative to this file. */
declare const __OPS_LAZY_CHUNKS__: Record<string, readonly string[]>;

const chunks = __OPS_LAZY_CHUNKS__;
const selector = Object.keys(chunks).join(',');
const requested = new Set<string>();
const preloaded = new Set<string>();
const chunkUrl = (file: string) => new URL(file, import.meta.url).href;

function preload(href: string): void {
  if (preloaded.has(href)) return;
  preloaded.add(href);
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = href;
  document.head.append(link);
}

function load(tag: string): void {
  if (requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  const [own, ...shared] = chunks[tag]!.map(chunkUrl);
  for (const href of shared) preload(href);
  // A failed download (offline, a deploy in between) is tried again when the tag next appears.
  import(/* @vite-ignore */ own!).catch(() => requested.delete(tag));
}

function loadWithin(node: Node): void {
  if (!(node instanceof Element)) return;
  if (node.matches(selector)) load(node.localName);
  for (const element of node.querySelectorAll(selector)) load(element.localName);
}

loadWithin(document.documentElement);
new MutationObserver((records) => {
  for (const record of records) record.addedNodes.forEach(loadWithin);
}).observe(document, { childList: true, subtree: true });
