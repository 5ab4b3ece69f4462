// Builds dist/: vite.config.ts once per entry in src/entries.json (one self-contained module with
// every element, one per element), then the type declarations and the custom-elements manifest,
// then what is made from them.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'vite';

const { bundle, elements } = JSON.parse(readFileSync(new URL('../src/entries.json', import.meta.url), 'utf8'));
const entries = [bundle, ...elements];

rmSync('dist', { recursive: true, force: true });
for (const entry of entries) {
  process.env.OPS_ENTRY = entry.name;
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
}
delete process.env.OPS_ENTRY;

const bin = (name) => `node_modules/.bin/${name}`;
execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json'], { stdio: 'inherit' });
execFileSync(bin('cem'), ['analyze', '--quiet'], { stdio: 'inherit' });
console.log(`built ${entries.map((entry) => entry.dist).join(', ')}, types, custom-elements.json`);

// What is built from those: the lazy loader and its chunks, the Node entries, the framework
// typings (from the manifest), and the hosted embed pages.
for (const step of ['build-loader', 'build-node', 'typings', 'build-embed']) {
  execFileSync(process.execPath, [`scripts/${step}.mjs`], { stdio: 'inherit' });
}
