// Prints the brotli size of the bundle and of each element's entry without writing dist/,
// so it can run while other builds do.
import { readFileSync } from 'node:fs';
import zlib from 'node:zlib';
import { build } from 'vite';

const { bundle, elements } = JSON.parse(readFileSync(new URL('../src/entries.json', import.meta.url), 'utf8'));
const brotli = (code) => zlib.brotliCompressSync(code, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

for (const entry of [bundle, ...elements]) {
  process.env.OPS_ENTRY = entry.name;
  const output = await build({ configFile: 'vite.config.ts', logLevel: 'silent', build: { write: false, sourcemap: false } });
  const code = (Array.isArray(output) ? output[0] : output).output[0].code;
  console.log(`${entry.name.padEnd(22)} ${String(code.length).padStart(7)} B raw ${String(brotli(code)).padStart(6)} B brotli`);
}
