// Builds the hosted embed pages after the library: dist/embed/<element>.html prerendered to
// declarative shadow DOM, their hydrating script and stylesheet, oEmbed JSON per page,
// dist/embed-parent.js for sites that paste an iframe, and the SRI manifest dist/sri.json.
//
// EMBED_BASE_URL: where dist/embed/ will be served, e.g. https://widgets.example.com/embed/.
// Canonical, Open Graph, Twitter and oEmbed URLs are built from it. Without it they are
// relative, which is fine for previews here but not for link cards: set it for production.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'vite';
import { browserLibrary } from './library-build.mjs';
import { pages, providerName } from './embed/pages.mjs';
import { loadRenderer } from './embed/render.mjs';

const OUT = 'dist/embed';
const base = process.env.EMBED_BASE_URL ? process.env.EMBED_BASE_URL.replace(/\/?$/, '/') : '';
const absolute = (file) => `${base}${file}`;

mkdirSync(OUT, { recursive: true });
copyFileSync('demo/favicon.svg', `${OUT}/favicon.svg`);

/** One classic script (no module): it then loads in sandboxed and cross-origin frames without CORS headers. */
async function bundle(entry, outDir, fileName, name) {
  await build({
    configFile: false,
    logLevel: 'warn',
    ...browserLibrary({
      outDir,
      lib: { entry, formats: ['iife'], name, fileName: () => fileName },
      output: { codeSplitting: false },
    }),
  });
}

await bundle('src/embed/embed-page.ts', OUT, 'embed.js', 'opsEmbed');
await bundle('src/embed/embed-parent.ts', 'dist', 'embed-parent.js', 'opsEmbedParent');

const escapeHtml = (text) =>
  String(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const sha = (algorithm, data) => createHash(algorithm).update(data).digest('base64');

/** Every inline <style> the prerender emits, as CSP hashes, so style-src needs no 'unsafe-inline'. */
function styleHashes(markup) {
  const hashes = new Set();
  for (const [, text] of markup.matchAll(/<style>([\s\S]*?)<\/style>/g)) hashes.add(`'sha256-${sha('sha256', text)}'`);
  return [...hashes];
}

/** The hash of an inline <script>, for script-src. */
const scriptHash = (code) => `'sha256-${sha('sha256', code)}'`;

/*
 * The page's own script and style are inline, allowed by their hashes: WebKit does not
 * let 'self' match in a sandboxed frame (an opaque origin), as WordPress embeds are, so a
 * same-origin file would be blocked there. Inline, the page also needs one request only.
 * A module script waits for the end of parsing, so the prerendered widget is painted without
 * waiting for the script to run, on short pages too.
 */
const pageScript = readFileSync(`${OUT}/embed.js`, 'utf8').replace(/<\/(script)/gi, '<\\/$1');
const pageStyle = readFileSync('scripts/embed/page.css', 'utf8');

export function pagePolicy(markup, withScript = true) {
  return [
    "default-src 'none'",
    withScript ? `script-src ${scriptHash(pageScript)}` : "script-src 'none'",
    // The page connects nowhere; 'self' lets audit tools read the host's /robots.txt from the page.
    "connect-src 'self'",
    `style-src ${styleHashes(`${markup}<style>${pageStyle}</style>`).join(' ')}`,
    "img-src 'self'",
    // The booking page's scheduler in popup or inline mode (set by ?mode=).
    'frame-src https:',
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
}

function head({ title, description, slug, policy, image }) {
  const canonical = absolute(`${slug}.html`);
  const tags = [
    `<meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="${policy}">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeHtml(title)}</title>`,
    // Without an icon link the browser asks for /favicon.ico, which a host of dist/embed/ may not have.
    `<link rel="icon" href="favicon.svg" type="image/svg+xml">`,
    `<meta name="description" content="${escapeHtml(description)}">`,
    `<link rel="canonical" href="${escapeHtml(canonical)}">`,
    `<meta property="og:type" content="website">`,
    `<meta property="og:title" content="${escapeHtml(title)}">`,
    `<meta property="og:description" content="${escapeHtml(description)}">`,
    `<meta property="og:url" content="${escapeHtml(canonical)}">`,
  ];
  if (image) {
    tags.push(
      `<meta property="og:image" content="${escapeHtml(absolute(image))}">`,
      `<meta property="og:image:width" content="1200">`,
      `<meta property="og:image:height" content="630">`,
      `<meta property="og:image:alt" content="${escapeHtml(`Preview: ${title}`)}">`,
      `<meta name="twitter:card" content="summary_large_image">`,
      `<meta name="twitter:image" content="${escapeHtml(absolute(image))}">`,
    );
  } else {
    tags.push(`<meta name="twitter:card" content="summary">`);
  }
  tags.push(
    `<meta name="twitter:title" content="${escapeHtml(title)}">`,
    `<meta name="twitter:description" content="${escapeHtml(description)}">`,
  );
  return tags.join('\n');
}

function oembed(page) {
  const src = absolute(`${page.slug}.html`);
  return {
    type: 'rich',
    version: '1.0',
    title: page.title,
    provider_name: providerName,
    html: `<iframe data-ops-embed src="${escapeHtml(src)}" title="${escapeHtml(page.title)}" width="100%" height="${page.height}" loading="lazy" style="border:0;width:100%"></iframe>`,
    width: 960,
    height: page.height,
    thumbnail_url: absolute(`previews/${page.slug}.png`),
    thumbnail_width: 1200,
    thumbnail_height: 630,
  };
}

const previews = 'docs/embed-previews';
if (existsSync(previews)) mkdirSync(`${OUT}/previews`, { recursive: true });
const { renderElement } = await loadRenderer();
for (const page of pages) {
  const markup = await renderElement(page.tag, { ...page.attributes, 'data-embed': true });
  const preview = `${previews}/${page.slug}.png`;
  const image = existsSync(preview) ? `previews/${page.slug}.png` : undefined;
  if (image) copyFileSync(preview, `${OUT}/${image}`);
  const html = `<!doctype html>
<html lang="en">
<head>
${head({ ...page, policy: pagePolicy(markup), image })}
<link rel="alternate" type="application/json+oembed" href="${escapeHtml(absolute(`${page.slug}.oembed.json`))}" title="${escapeHtml(page.title)}">
<style>${pageStyle}</style>
</head>
<body>
<main>${markup}</main>
<script type="module">${pageScript}</script>
</body>
</html>
`;
  writeFileSync(`${OUT}/${page.slug}.html`, html);
  writeFileSync(`${OUT}/${page.slug}.oembed.json`, `${JSON.stringify(oembed(page), null, 2)}\n`);
}

const list = pages
  .map((page) => `<li><a href="${page.slug}.html">${escapeHtml(page.title)}</a><br>${escapeHtml(page.description)}</li>`)
  .join('\n');
writeFileSync(
  `${OUT}/index.html`,
  `<!doctype html>
<html lang="en">
<head>
${head({ title: 'Embeddable widgets', description: 'Hosted pages of each widget, to link, card or frame.', slug: 'index', policy: pagePolicy('', false) })}
<style>${pageStyle}</style>
</head>
<body class="index">
<main><h1>Embeddable widgets</h1>
<ul>
${list}
</ul></main>
</body>
</html>
`,
);

/*
 * dist/reserve.css: each element's upgraded height at every width of its own (measured by
 * scripts/embed/reserve.mjs), reserved until it has rendered: while it is not defined, and
 * then until its first render (a later task) gives it `:state(rendered)`. The element is its own
 * size container, so a narrow column gets the narrow height; a zero-width float holds the
 * height without moving the fallback content beside it.
 */
const { heightsAt } = JSON.parse(readFileSync('scripts/embed/reserve.json', 'utf8'));
// `:is()` forgives what it does not know: an engine without custom states keeps `:not(:defined)`.
const pending = ':is(:not(:defined),:not(:state(rendered)))';
const undefinedElements = `:is(${[...new Set(Object.keys(heightsAt).map((selector) => selector.replace(/\[.*/, '')))]})${pending}`;
const reservations = Object.entries(heightsAt).flatMap(([selector, steps]) =>
  Object.entries(steps).map(([width, height], index) => {
    const rule = `${selector}${pending}::before{height:var(--ops-reserve-height,${height}px)}`;
    return index === 0 ? rule : `@container (min-width:${width}px){${rule}}`;
  }),
);
writeFileSync(
  'dist/reserve.css',
  `/* ops-partner-widgets: space reserved for each element until it is upgraded (docs/embedding.md) */
${undefinedElements}{display:flow-root;container-type:inline-size}
${undefinedElements}::before{content:'';float:left}
${reservations.join('\n')}
`,
);

// Subresource Integrity for every script a site may load from dist/.
const scripts = [
  ...readdirSync('dist').filter((file) => file.endsWith('.js')),
  ...readdirSync(OUT)
    .filter((file) => file.endsWith('.js'))
    .map((file) => `embed/${file}`),
].sort();
const sri = Object.fromEntries(scripts.map((file) => [file, `sha384-${sha('sha384', readFileSync(`dist/${file}`))}`]));
writeFileSync('dist/sri.json', `${JSON.stringify(sri, null, 2)}\n`);
for (const [file, hash] of Object.entries(sri)) console.log(`${hash}  dist/${file}`);
console.log(
  `built ${OUT}/: ${pages.map((page) => `${page.slug}.html`).join(', ')}, index.html, embed.js; dist/embed-parent.js, dist/reserve.css, dist/sri.json`,
);
