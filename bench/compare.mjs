// Before/after for the calculator: builds dist/replacement-cost.js from another commit and
// interleaves it with the current dist/ in one browser, so both see the same machine load.
// node bench/compare.mjs <commit> [--rounds=5] [--changes=200]
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { launch } from './browser.mjs';
import { startServer } from './server.mjs';
import { summarize } from './stats.mjs';

const args = process.argv.slice(2);
const commit = args.find((a) => !a.startsWith('--'));
const option = (name, fallback) => Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
if (!commit) throw new Error('usage: node bench/compare.mjs <commit>');
const rounds = option('rounds', 5);
const changes = option('changes', 200);
const root = resolve(import.meta.dirname, '..');
const other = join(root, 'node_modules/.cache/ops-bench/compare', commit);

rmSync(other, { recursive: true, force: true });
mkdirSync(other, { recursive: true });
execFileSync('sh', ['-c', `git archive ${commit} src scripts | tar -x -C ${other}`], { cwd: root });
symlinkSync(join(root, 'node_modules'), join(other, 'node_modules'));
const { minifyTemplates } = await import(join(other, 'scripts/minify-templates.mjs'));
await build({
  root: other,
  configFile: false,
  logLevel: 'warn',
  plugins: [minifyTemplates()],
  build: {
    outDir: join(other, 'dist'),
    target: 'es2022',
    minify: true,
    lib: {
      entry: join(other, 'src/components/replacement-cost/replacement-cost.ts'),
      formats: ['es'],
      fileName: () => 'replacement-cost.js',
    },
    rolldownOptions: { output: { minify: true, codeSplitting: false } },
  },
});

const server = await startServer(root);
const page = (script) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>compare</title><script type="module" src="${script}"></script></head><body><ops-replacement-cost></ops-replacement-cost></body></html>`;
server.pages.set('/compare/current', page('/dist/replacement-cost.js'));
server.pages.set('/compare/other', page(`/node_modules/.cache/ops-bench/compare/${commit}/dist/replacement-cost.js`));

async function run(browser, kind, throttle) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  const cdp = await tab.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await cdp.send('Performance.enable');
  await tab.goto(`${server.origin}/compare/${kind}`, { waitUntil: 'load' });
  await tab.evaluate(() => document.querySelector('ops-replacement-cost').updateComplete);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const startupScript = metrics.find((m) => m.name === 'ScriptDuration').value * 1000;
  const times = await tab.evaluate(async (changes) => {
    const host = document.querySelector('ops-replacement-cost');
    const fields = [...host.shadowRoot.querySelectorAll('input[inputmode="decimal"]')];
    const times = [];
    for (let i = 0; i < changes; i++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const field = fields[i % 2];
      const start = performance.now();
      field.value = String(i % 2 ? 120000 + 1000 * (i % 37) : 1 + (i % 23));
      field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await host.updateComplete;
      times.push(performance.now() - start);
    }
    return times;
  }, changes);
  await context.close();
  return { startupScript, times };
}

const { browser, close } = await launch();
const results = {};
try {
  for (const throttle of [1, 4]) {
    const collected = { current: { startupScript: [], times: [] }, other: { startupScript: [], times: [] } };
    for (let round = 0; round < rounds; round++) {
      for (const kind of round % 2 ? ['other', 'current'] : ['current', 'other']) {
        const { startupScript, times } = await run(browser, kind, throttle);
        collected[kind].startupScript.push(startupScript);
        collected[kind].times.push(...times);
      }
    }
    for (const kind of ['other', 'current']) {
      const input = summarize(collected[kind].times);
      const script = summarize(collected[kind].startupScript);
      results[`${kind} ${throttle}x`] = { inputP50: input.median, inputP95: input.p95, startupScriptMs: script.median };
    }
  }
} finally {
  await close();
  await server.close();
}
console.log(`calculator, ${commit} (other) against the current dist/, ${rounds} interleaved rounds of ${changes} changes`);
console.table(results);
