// Where the calculator's time goes: a V8 CPU profile of start-up and of input changes,
// self time per source file (mapped through dist's source maps) and for the browser's own work.
// node bench/profile.mjs [--element=replacement-cost] [--throttle=4] [--changes=100]
// (input changes are profiled for the calculator only)
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { launch } from './browser.mjs';
import { startServer } from './server.mjs';
import { elements, elementPage } from './pages.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const throttle = option('throttle', 4);
const changes = option('changes', 100);
const root = resolve(import.meta.dirname, '..');
const maps = new Map();
const traceFor = (url) => {
  const file = new URL(url).pathname;
  if (!maps.has(file)) {
    try {
      maps.set(file, new TraceMap(readFileSync(`${root}${file}.map`, 'utf8')));
    } catch {
      maps.set(file, null);
    }
  }
  return maps.get(file);
};

/** Self time (ms) per source file; the browser's own work under its V8 names. */
function attribute(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map();
  const deltas = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const { callFrame } = byId.get(id);
    let where = callFrame.url ? callFrame.url : `(${callFrame.functionName || 'program'})`;
    const trace = callFrame.url.startsWith('http') ? traceFor(callFrame.url) : null;
    if (trace) {
      const position = originalPositionFor(trace, { line: callFrame.lineNumber + 1, column: callFrame.columnNumber });
      where = position.source
        ? position.source.replace(/^(\.\.\/)+/, '').replace(/^node_modules\/(@[^/]+\/[^/]+|[^/]+)\/.*/, '$1')
        : where;
      if (position.source?.includes('/src/')) where = position.source.replace(/.*\/src\//, 'src/');
      if (position.name) where += ` ${position.name}`;
    }
    totals.set(where, (totals.get(where) ?? 0) + (deltas[i] ?? 0) / 1000);
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}

const server = await startServer(root);
const elementName = args.find((a) => a.startsWith('--element='))?.split('=')[1] ?? 'replacement-cost';
const profiled = elements.find((e) => e.name === elementName);
server.pages.set('/p', elementPage(profiled));
const { browser, close } = await launch();
try {
  const tab = await browser.newPage();
  const cdp = await tab.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await tab.goto(`${server.origin}/p`, { waitUntil: 'load' });
  await tab.evaluate((tag) => document.querySelector(tag).updateComplete, profiled.tag);
  const startup = (await cdp.send('Profiler.stop')).profile;
  const calculator = profiled.name === 'replacement-cost';
  if (calculator) await cdp.send('Profiler.start');
  if (calculator)
    await tab.evaluate(async (changes) => {
      const host = document.querySelector('ops-replacement-cost');
      const field = host.shadowRoot.querySelector('input[inputmode="decimal"]');
      for (let i = 0; i < changes; i++) {
        field.value = String(1 + (i % 23));
        field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        await host.updateComplete;
      }
    }, changes);
  const input = calculator ? (await cdp.send('Profiler.stop')).profile : null;
  const show = (title, rows) => {
    const total = rows.reduce((s, [, ms]) => s + ms, 0);
    console.log(`${title}: ${total.toFixed(0)} ms sampled`);
    for (const [where, ms] of rows.slice(0, 25)) console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${where}`);
  };
  // Per source file, then per function.
  const byFile = (rows) => {
    const files = new Map();
    for (const [where, ms] of rows) files.set(where.split(' ')[0], (files.get(where.split(' ')[0]) ?? 0) + ms);
    return [...files].sort((a, b) => b[1] - a[1]);
  };
  show(`start-up at ${throttle}x, by file`, byFile(attribute(startup)));
  show(`start-up at ${throttle}x, by function`, attribute(startup));
  if (input) {
    show(`${changes} input changes at ${throttle}x, by file`, byFile(attribute(input)));
    show(`${changes} input changes at ${throttle}x, by function`, attribute(input));
  }
} finally {
  await close();
  await server.close();
}
