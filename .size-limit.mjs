// Brotli budgets, one per entry in src/entries.json.
import { readFileSync } from 'node:fs';

const { bundle, elements } = JSON.parse(readFileSync(new URL('./src/entries.json', import.meta.url), 'utf8'));

export default [
  { name: 'whole bundle (all elements)', path: bundle.dist, limit: bundle.budget, brotli: true },
  ...elements.map((entry) => ({ name: `${entry.name} entry`, path: entry.dist, limit: entry.budget, brotli: true })),
  { name: 'lazy loader', path: 'dist/loader.js', limit: '1 KB', brotli: true },
  {
    name: 'page with only <ops-booking-cta>, through the lazy loader',
    path: ['dist/loader.js', 'dist/lazy/booking-cta.js', 'dist/lazy/shared-*.js'],
    limit: '21.1 KB',
    brotli: true,
  },
];
