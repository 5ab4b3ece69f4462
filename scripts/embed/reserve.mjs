// Writes scripts/embed/reserve.json, from which the build writes dist/reserve.css: for every element
// and variant, the height it takes once upgraded at each width of its own, so a page can reserve
// that space while the script loads and nothing after the element moves (docs/embedding.md).
// Measured in the installed Chromium at 16px `system-ui, sans-serif`; run after `npm run build`
// whenever an element's layout or default content changes (a browser test fails when it is stale).
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import prettier from 'prettier';
import puppeteer from 'puppeteer';
import { serve } from './serve.mjs';

export const reserved = [
  ['ops-identities', '<ops-identities></ops-identities>'],
  ['ops-vendor-quiz', '<ops-vendor-quiz no-save></ops-vendor-quiz>'],
  ['ops-vendor-quiz[layout="list"]', '<ops-vendor-quiz layout="list" no-save></ops-vendor-quiz>'],
  ['ops-replacement-cost', '<ops-replacement-cost></ops-replacement-cost>'],
  ['ops-booking-cta', '<ops-booking-cta href="https://cal.com/example/30min"></ops-booking-cta>'],
  ['ops-booking-cta[variant="button"]', '<ops-booking-cta variant="button" href="/demo/fake-scheduler.html"></ops-booking-cta>'],
  ['ops-booking-cta[mode="inline"]', '<ops-booking-cta mode="inline" href="/demo/fake-scheduler.html"></ops-booking-cta>'],
];
const narrowest = 240;
const widest = 1600;

const executablePath = [process.env.CHROME_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'].find(
  (path) => path && existsSync(path),
);
if (!executablePath) throw new Error('No Chromium found; set CHROME_PATH.');
if (!existsSync('dist/ops-partner-widgets.js')) throw new Error('Run npm run build first.');

const server = await serve(resolve('.'));
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const heightsAt = {};
try {
  const tab = await browser.newPage();
  await tab.setViewport({ width: widest + 100, height: 900 });
  for (const [selector, markup] of reserved) {
    await tab.goto(`${server.url}/scripts/embed/measure.html`, { waitUntil: 'load' });
    const heights = await tab.evaluate(
      async (markup, narrowest, widest) => {
        const box = document.getElementById('box');
        box.setHTMLUnsafe(markup);
        const element = box.firstElementChild;
        await customElements.whenDefined(element.localName);
        await element.updateComplete;
        await document.fonts.ready;
        const heights = [];
        for (let width = narrowest; width <= widest; width++) {
          box.style.width = `${width}px`;
          await element.updateComplete;
          heights.push(Math.round(element.getBoundingClientRect().height * 100) / 100);
        }
        return heights;
      },
      markup,
      narrowest,
      widest,
    );
    // The widths at which the height changes, each with the height from there on.
    const steps = (heightsAt[selector] = {});
    heights.forEach((height, index) => {
      if (height !== heights[index - 1]) steps[narrowest + index] = height;
    });
    console.log(`${selector}: ${new Set(heights).size} heights`);
  }
} finally {
  await browser.close();
  server.close();
}
const json = JSON.stringify({ measured: '16px system-ui, sans-serif, Chromium', heightsAt }, null, 2);
writeFileSync('scripts/embed/reserve.json', await prettier.format(json, { parser: 'json' }));
