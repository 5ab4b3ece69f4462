// Lighthouse (performance, accessibility, best practices, SEO) on the demo page, the page
// with all four elements and every hosted page in dist/embed/, against the same Chromium.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import lighthouse from 'lighthouse';
import { launch } from './browser.mjs';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

function hostedPages(root) {
  const dir = join(root, 'dist/embed');
  if (!existsSync(dir)) return [];
  const found = [];
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) found.push(`/${relative(root, path)}`);
    }
  };
  walk(dir);
  return found.sort();
}

/**
 * A hosted page as built for production, with EMBED_BASE_URL set to where it is served
 * (docs/embedding.md): its canonical, Open Graph and Twitter URLs absolute.
 */
function asDeployed(html, base) {
  return html.replace(
    /(<link rel="canonical" href="|<meta (?:property|name)="(?:og:url|og:image|twitter:image)" content=")([^"]*)"/g,
    (match, start, url) => `${start}${new URL(url, base).href}"`,
  );
}

export async function runLighthouse({ root, server, log }) {
  // The demo as it would be deployed: the built bundle instead of the sources the dev server compiles.
  const demo = readFileSync(join(root, 'demo/index.html'), 'utf8').replace('../src/index.ts', '/dist/ops-partner-widgets.js');
  server.pages.set('/demo/', demo);
  server.pages.set('/demo/index.html', demo);
  const hosted = hostedPages(root);
  // Scores without the hosted pages would look complete: refuse instead.
  if (hosted.length === 0) throw new Error('No hosted pages in dist/embed/: run `npm run build` first.');
  for (const path of hosted) server.pages.set(path, asDeployed(readFileSync(join(root, path), 'utf8'), server.origin + path));
  const targets = [
    ['demo', '/demo/'],
    ['all four elements', '/bench/all-four'],
    ...hosted.map((path) => [`hosted ${path.replace('/dist/embed/', '')}`, path]),
  ];
  const { browser, close } = await launch(['--remote-debugging-port=0']);
  const port = Number(new URL(browser.wsEndpoint()).port);
  const rows = [];
  try {
    for (const [name, path] of targets) {
      log(`  ${name}`);
      const result = await lighthouse(server.origin + path, {
        port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: categories,
      });
      const { lhr } = result;
      const scores = Object.fromEntries(categories.map((id) => [id, Math.round((lhr.categories[id]?.score ?? NaN) * 100)]));
      const failing = categories.flatMap((id) =>
        lhr.categories[id].auditRefs
          .map((ref) => lhr.audits[ref.id])
          .filter(
            (audit) =>
              audit.score !== null &&
              audit.score < 0.9 &&
              !['notApplicable', 'manual', 'informative'].includes(audit.scoreDisplayMode),
          )
          .map((audit) => ({ category: id, id: audit.id, score: audit.score, value: audit.displayValue ?? '' })),
      );
      const metric = (id) => lhr.audits[id]?.numericValue;
      rows.push({
        page: name,
        path,
        scores,
        metrics: {
          fcp: metric('first-contentful-paint'),
          lcp: metric('largest-contentful-paint'),
          tbt: metric('total-blocking-time'),
          cls: metric('cumulative-layout-shift'),
        },
        failing,
      });
    }
  } finally {
    await close();
  }
  return { hostedPages: targets.length - 2, pages: rows };
}
