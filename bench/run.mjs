// npm run bench [-- --quick] [--pairs=N] [--only=timing,bytes,lighthouse]
// Measures start-up, interaction latency, bytes and Lighthouse scores; writes
// bench/results.json and bench/results.md, and the table in the README.
import { cpus, loadavg, totalmem } from 'node:os';
import { execFileSync } from 'node:child_process';
import { writeFileSync, existsSync } from 'node:fs';
import prettier from 'prettier';
import { resolve } from 'node:path';
import { launch, executablePath, chromiumFlags } from './browser.mjs';
import { startServer } from './server.mjs';
import { schedulerPage, allFourPage } from './pages.mjs';
import { runTimings } from './timing.mjs';
import { measureBytes } from './bytes.mjs';
import { lazyRoundTrips, measureLazyPages } from './lazy.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { writeReport } from './report.mjs';

const args = process.argv.slice(2);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const quick = args.includes('--quick');
const pairs = Number(option('pairs') ?? (quick ? 5 : 11));
const only = new Set((option('only') ?? 'timing,bytes,lighthouse').split(','));
const log = (line) => console.log(line);

const root = resolve(import.meta.dirname, '..');
if (!existsSync(`${root}/dist/ops-partner-widgets.js`)) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const started = Date.now();
const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  chromium: execFileSync(executablePath, ['--version'], {
    encoding: 'utf8',
  }).trim(),
  flags: chromiumFlags,
  loadBefore: loadavg().map((v) => Math.round(v * 100) / 100),
};
const results = { date: new Date().toISOString(), quick, machine };

const server = await startServer(root);
server.pages.set('/bench/scheduler', schedulerPage);
server.pages.set('/bench/all-four', allFourPage);
try {
  if (only.has('bytes')) {
    log('bytes');
    results.bytes = await measureBytes(root, log);
    if (existsSync(`${root}/dist/loader.js`)) {
      const { browser, close } = await launch();
      try {
        results.bytes.lazyPages = await measureLazyPages({ browser, server, root });
        results.bytes.lazyRoundTrips = await lazyRoundTrips({ browser, server, runs: quick ? 3 : 5 });
      } finally {
        await close();
      }
    }
  }
  if (['timing', 'startup', 'calculator', 'interactions', 'instances'].some((part) => only.has(part))) {
    log(`timing (${pairs} pairs)`);
    const { browser, close } = await launch();
    try {
      results.timing = await runTimings({
        browser,
        server,
        pairs,
        throttle: Number(option('throttle') ?? 4),
        changes: quick ? 100 : 200,
        instanceCounts: [1, 10, 50, 200],
        instanceRepeats: quick ? 1 : 3,
        log,
        parts: only,
      });
    } finally {
      await close();
    }
  }
  if (only.has('lighthouse')) {
    log('lighthouse');
    results.lighthouse = await runLighthouse({ root, server, log });
  }
} finally {
  await server.close();
}
results.machine.loadAfter = loadavg().map((v) => Math.round(v * 100) / 100);
results.seconds = Math.round((Date.now() - started) / 1000);

const out = option('out') ?? `${root}/bench/results.json`;
// Formatted as the repository's Prettier check expects, so a committed run passes `npm run lint`.
writeFileSync(out, await prettier.format(JSON.stringify(results), { ...(await prettier.resolveConfig(out)), filepath: out }));
writeReport(results, {
  root,
  markdown: out.replace(/\.json$/, '.md'),
  readme: !option('out'),
});
log(`done in ${results.seconds} s: ${out}`);
