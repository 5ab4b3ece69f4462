// Writes bench/results.md from the results, and the same tables into the README's
// performance section (between its bench markers).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const kb = (bytes) => (bytes / 1000).toFixed(1);
const ms = (value) => (Number.isFinite(value) ? value.toFixed(value < 10 ? 1 : 0) : '–');
const x = (summary) => (summary ? `${summary.median.toFixed(2)}× (${summary.p25.toFixed(2)}–${summary.p75.toFixed(2)})` : '–');
const table = (head, rows) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

export function renderMarkdown(results) {
  const { machine, timing, bytes, lighthouse } = results;
  const out = [
    `Measured ${results.date.slice(0, 10)} on ${machine.cpu}, ${machine.cores} cores, ${machine.chromium}, node ${machine.node}; ` +
      `load average ${machine.loadBefore.join(' / ')} before and ${machine.loadAfter.join(' / ')} after (1 / 5 / 15 min)` +
      `${results.quick ? '; a `--quick` run' : ''}. Run it with \`npm run build && npm run bench\`.`,
  ];
  if (timing?.startup) {
    out.push(
      '',
      `**Start-up at ${timing.throttle}× CPU throttle**, each element's own file against the static-HTML copy of what it renders, ` +
        `${timing.pairs} interleaved pairs: median, and the middle half of the per-pair ratios in brackets.`,
      '',
      table(
        [
          'element',
          'first paint ms (floor)',
          'FCP ratio',
          'LCP ratio',
          'CLS alone / text around',
          'long tasks (longest ms)',
          'main thread ms (floor)',
          'JS heap KB',
        ],
        Object.entries(timing.startup).map(([name, s]) => [
          name,
          `${ms(s.fcp.element.median)} (${ms(s.fcp.static.median)})`,
          x(s.fcp.ratio),
          x(s.lcp.ratio),
          `${s.cls.element.max.toFixed(3)} / ${s.clsWithText ? s.clsWithText.max.toFixed(3) : '–'}`,
          `${s.longTasks.element.median} (${ms(s.longestTask.element.median)})`,
          `${ms(s.mainThread.element.median)} (${ms(s.mainThread.static.median)})`,
          kb(s.heap.element.median),
        ]),
      ),
    );
  }
  if (timing?.calculator) {
    out.push(
      '',
      '**Interactions**, ms: p50 / p95.',
      '',
      table(
        ['interaction', 'p50', 'p95', 'samples'],
        [
          ...Object.entries(timing.calculator).flatMap(([rate, c]) => [
            [`calculator input → DOM, ${rate}`, ms(c.dom.median), ms(c.dom.p95), c.dom.n],
            [`calculator input → DOM + layout, ${rate}`, ms(c.withLayout.median), ms(c.withLayout.p95), c.withLayout.n],
          ]),
          ...(timing.quiz
            ? [
                [
                  `quiz answer, ${timing.quiz.throttle}x`,
                  ms(timing.quiz.answer.median),
                  ms(timing.quiz.answer.p95),
                  timing.quiz.answer.n,
                ],
                [
                  `quiz next question, ${timing.quiz.throttle}x`,
                  ms(timing.quiz.next.median),
                  ms(timing.quiz.next.p95),
                  timing.quiz.next.n,
                ],
                [
                  `booking click → dialog open, ${timing.booking.throttle}x`,
                  ms(timing.booking.clickToDialog.median),
                  ms(timing.booking.clickToDialog.p95),
                  timing.booking.clickToDialog.n,
                ],
                [
                  `booking click → next frame, ${timing.booking.throttle}x`,
                  ms(timing.booking.clickToPaint.median),
                  ms(timing.booking.clickToPaint.p95),
                  timing.booking.clickToPaint.n,
                ],
              ]
            : []),
        ],
      ),
    );
  }
  if (timing?.instances) {
    const counts = Object.values(timing.instances)[0].rows.map((r) => r.count);
    out.push(
      '',
      `**Many instances on one page** at ${timing.throttle}×: main-thread ms until all have rendered, and the slope per instance.`,
      '',
      table(
        [
          'element',
          ...counts.map((c) => `×${c}`),
          'ms / instance',
          'heap KB / instance',
          `CLS ×${counts.at(-1)}`,
          `longest task ×${counts.at(-1)}`,
        ],
        Object.entries(timing.instances).map(([name, i]) => [
          name,
          ...i.rows.map((r) => ms(r.mainThread)),
          ms(i.mainThreadPerInstance),
          kb(i.heapPerInstance),
          (i.rows.at(-1).cls ?? 0).toFixed(3),
          ms(i.rows.at(-1).longestTask),
        ]),
      ),
    );
  }
  if (bytes) {
    out.push(
      '',
      '**Bytes** (KB = 1000 B; brotli quality 11, gzip level 9).',
      '',
      table(
        ['file', 'raw', 'gzip', 'brotli'],
        [
          ...bytes.files.map((f) => [`dist/${f.file}`, kb(f.raw), kb(f.gzip), kb(f.brotli)]),
          ...bytes.anchors.map((f) => [`${f.name}: ${f.file}`, kb(f.raw), kb(f.gzip), kb(f.brotli)]),
        ],
      ),
    );
    if (bytes.lazyPages) {
      out.push(
        '',
        'What a page using `dist/loader.js` downloads:',
        '',
        table(
          ['page with', 'files', 'raw', 'gzip', 'brotli'],
          bytes.lazyPages.map((p) => [p.page, p.files.length, kb(p.raw), kb(p.gzip), kb(p.brotli)]),
        ),
      );
      const trips = bytes.lazyRoundTrips;
      if (trips) {
        out.push(
          '',
          `Over a link where every request waits ${trips.latency} ms, one booking button paints at ` +
            Object.entries(trips.fcp)
              .map(([kind, fcp]) => `${fcp} ms (${kind})`)
              .join(' and ') +
            ` (median of ${trips.runs}): the loader's step costs one round trip, the shared chunks arrive with the element's.`,
        );
      }
    }
    out.push(
      '',
      'The bundle `dist/ops-partner-widgets.js` by origin, through its source map (brotli alone, and its share of the real total):',
      '',
      table(
        ['part', 'raw', 'brotli alone', 'brotli share'],
        bytes.attribution.map((a) => [a.group, kb(a.raw), kb(a.brotli), kb(a.brotliShare)]),
      ),
    );
  }
  if (lighthouse) {
    out.push(
      '',
      `**Lighthouse** (default mobile settings, simulated throttling)${lighthouse.hostedPages ? '' : '; no hosted pages in dist/embed/ in this run'}.`,
      '',
      table(
        ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'audits below 0.9'],
        lighthouse.pages.map((p) => [
          p.page,
          p.scores.performance,
          p.scores.accessibility,
          p.scores['best-practices'],
          p.scores.seo,
          p.failing.map((f) => `${f.id}${f.value ? ` (${f.value})` : ''}`).join(', ') || 'none',
        ]),
      ),
    );
  }
  return `${out.join('\n')}\n`;
}

const start = '<!-- bench:start -->';
const end = '<!-- bench:end -->';

export function writeReport(results, { root, markdown, readme }) {
  const text = renderMarkdown(results);
  writeFileSync(markdown, `# Benchmark results\n\n${text}`);
  const readmePath = `${root}/README.md`;
  if (!readme || !existsSync(readmePath)) return;
  const current = readFileSync(readmePath, 'utf8');
  if (current.includes(start)) {
    writeFileSync(readmePath, current.replace(new RegExp(`${start}[\\s\\S]*?${end}`), `${start}\n${text}${end}`));
  }
}
