// Prints the brotli size of the bundle and of each element's entry without writing dist/,
// so it can run while other builds do.
import { readdirSync, existsSync } from 'node:fs';
import zlib from 'node:zlib';
import { build } from 'vite';
import { minifyTemplates } from './minify-templates.mjs';

const brotli = (code) => zlib.brotliCompressSync(code, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const components = readdirSync('src/components').filter((name) => existsSync(`src/components/${name}/${name}.ts`));
const entries = [['ops-partner-widgets', 'src/index.ts'], ...components.map((name) => [name, `src/components/${name}/${name}.ts`])];

for (const [name, entry] of entries) {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [minifyTemplates()],
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry, formats: ['es'], fileName: () => `${name}.js` },
      rolldownOptions: { output: { minify: true, codeSplitting: false } },
    },
  });
  const code = (Array.isArray(output) ? output[0] : output).output[0].code;
  console.log(`${name.padEnd(22)} ${String(code.length).padStart(7)} B raw ${String(brotli(code)).padStart(6)} B brotli`);
}
