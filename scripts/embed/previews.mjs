// Writes docs/embed-previews/<page>.png: a 1200×630 screenshot of each hosted embed page,
// the Open Graph / Twitter / oEmbed preview. Run after `npm run build` (npm run embed:previews),
// then `npm run build` again to copy them into dist/embed/previews/.
// Uses the installed Chromium (CHROME_PATH or /usr/lib/chromium/chromium); downloads nothing.
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer';
import { pages } from './pages.mjs';
import { serve } from './serve.mjs';

const executablePath = [process.env.CHROME_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'].find(
  (path) => path && existsSync(path),
);
if (!executablePath) throw new Error('No Chromium found; set CHROME_PATH.');
if (!existsSync('dist/embed/index.html')) throw new Error('Run npm run build first.');

const OUT = 'docs/embed-previews';
mkdirSync(OUT, { recursive: true });
const server = await serve(resolve('dist'));
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--font-render-hinting=none'],
});
try {
  const tab = await browser.newPage();
  // 800×420 CSS pixels at 1.5×: a 1200×630 image whose text is still readable in a small card.
  await tab.setViewport({ width: 800, height: 420, deviceScaleFactor: 1.5 });
  for (const page of pages) {
    const started = performance.now();
    await tab.goto(`${server.url}/embed/${page.slug}.html${page.previewQuery ?? ''}`, { waitUntil: 'networkidle0' });
    await tab.evaluate(() => document.fonts.ready);
    await tab.screenshot({ path: `${OUT}/${page.slug}.png`, clip: { x: 0, y: 0, width: 800, height: 420 } });
    console.log(`${OUT}/${page.slug}.png (${Math.round(performance.now() - started)} ms)`);
  }
} finally {
  await browser.close();
  server.close();
}
