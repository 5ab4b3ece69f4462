// Bytes: raw, gzip and brotli of every file in dist/, the bundle's bytes attributed to
// what they come from (through its source map), and the loaders of two embeds people
// compare us with, taken from their npm packages.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import zlib from 'node:zlib';
import { TraceMap, decodedMappings } from '@jridgewell/trace-mapping';

const gzip = (data) => zlib.gzipSync(data, { level: 9 }).length;
const brotli = (data) => zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
export const sizes = (data) => ({ raw: Buffer.byteLength(data), gzip: gzip(data), brotli: brotli(data) });

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** What a source file of the bundle counts as. */
export function groupOf(source) {
  if (!source) return 'bundler glue';
  const path = source.replace(/\\/g, '/');
  const pkg = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
  if (pkg) return /^(lit|lit-html|lit-element|@lit\/reactive-element)$/.test(pkg) ? 'lit' : pkg.startsWith('zod') ? 'zod' : pkg;
  if (/\.styles\.ts$|src\/core\/tokens\.ts$/.test(path)) return 'styles';
  if (/\.content\.ts$/.test(path)) return 'default content';
  const component = path.match(/src\/components\/([^/]+)\//)?.[1];
  if (component) return `element: ${component}`;
  if (path.includes('src/core/')) return 'core';
  return 'bundler glue';
}

/** Each generated character goes to the source of the mapping segment it falls in. */
export function attribute(code, map) {
  const trace = new TraceMap(map);
  const lines = code.split('\n');
  const parts = new Map();
  const add = (group, text) => parts.set(group, (parts.get(group) ?? '') + text);
  decodedMappings(trace).forEach((segments, lineIndex) => {
    const line = lines[lineIndex] ?? '';
    if (!segments.length) return add('bundler glue', line);
    add('bundler glue', line.slice(0, segments[0][0]));
    segments.forEach((segment, i) => {
      const text = line.slice(segment[0], segments[i + 1]?.[0] ?? line.length);
      add(groupOf(segment.length > 1 ? trace.sources[segment[1]] : null), text);
    });
  });
  for (let i = decodedMappings(trace).length; i < lines.length; i++) add('bundler glue', lines[i]);
  const total = brotli(code);
  const rows = [...parts].map(([group, text]) => ({ group, ...sizes(text) }));
  // Compressed alone, each part loses the context the others give it, so the parts add up
  // to more than the whole; the share scales them back to the bundle's real total.
  const alone = rows.reduce((sum, row) => sum + row.brotli, 0);
  for (const row of rows) row.brotliShare = Math.round((row.brotli / alone) * total);
  return rows.sort((a, b) => b.raw - a.raw);
}

const anchors = [
  { name: 'Typeform loader', pkg: '@typeform/embed', file: 'build/embed.js' },
  { name: 'Cal.com loader', pkg: '@calcom/embed-core', file: 'dist/embed/embed.js' },
];

/** `npm pack`s each package into a cache folder once; never added as a dependency. */
function anchorSizes(root, log) {
  const cache = join(root, 'node_modules/.cache/ops-bench/anchors');
  mkdirSync(cache, { recursive: true });
  return anchors.flatMap(({ name, pkg, file }) => {
    const dir = join(cache, pkg.replace('/', '+'));
    try {
      if (!existsSync(join(dir, 'package', file))) {
        mkdirSync(dir, { recursive: true });
        const [{ filename }] = JSON.parse(
          execFileSync('npm', ['pack', pkg, '--json', '--pack-destination', dir], { encoding: 'utf8' }),
        );
        execFileSync('tar', ['-xzf', join(dir, filename), '-C', dir]);
      }
      const { version } = JSON.parse(readFileSync(join(dir, 'package/package.json'), 'utf8'));
      return [{ file: `${pkg}@${version} ${file}`, name, ...sizes(readFileSync(join(dir, 'package', file))) }];
    } catch (error) {
      log?.(`  ${pkg}: not measured (${error.message.split('\n')[0]})`);
      return [];
    }
  });
}

export async function measureBytes(root, log) {
  const dist = join(root, 'dist');
  const files = [...walk(dist)]
    .filter((path) => !path.endsWith('.map') && !path.includes('/types/'))
    .map((path) => ({ file: relative(dist, path), ...sizes(readFileSync(path)) }))
    .sort((a, b) => a.file.localeCompare(b.file));
  const bundle = join(dist, 'ops-partner-widgets.js');
  const attribution = attribute(readFileSync(bundle, 'utf8'), readFileSync(`${bundle}.map`, 'utf8'));
  return { files, attribution, anchors: anchorSizes(root, log) };
}
