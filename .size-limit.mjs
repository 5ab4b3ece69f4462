// Brotli budgets, one per entry in src/entries.json.
import { existsSync, readFileSync } from 'node:fs';

const read = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const { bundle, elements } = read('./src/entries.json');
// What the lazy loader fetches for each tag, as the build wrote it (paths relative to dist/).
const lazyFiles = existsSync(new URL('./dist/lazy/files.json', import.meta.url)) ? read('./dist/lazy/files.json') : {};
const lazyPage = (tag) => ['dist/loader.js', ...(lazyFiles[tag] ?? ['lazy/missing.js']).map((file) => `dist/${file.slice(2)}`)];

export default [
  { name: 'whole bundle (all elements)', path: bundle.dist, limit: bundle.budget, brotli: true },
  ...elements.map((entry) => ({ name: `${entry.name} entry`, path: entry.dist, limit: entry.budget, brotli: true })),
  { name: 'lazy loader', path: 'dist/loader.js', limit: '1 KB', brotli: true },
  { name: 'space reservation stylesheet', path: 'dist/reserve.css', limit: '1.5 KB', brotli: true },
  {
    name: 'page with only <ops-booking-cta>, through the lazy loader',
    path: lazyPage('ops-booking-cta'),
    limit: '19.6 KB',
    brotli: true,
  },
];
