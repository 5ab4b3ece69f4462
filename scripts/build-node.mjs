// Builds dist/node/: the same entries for Node (server rendering, tests, frameworks that
// import on the server), with lit and zod left as imports. Node then resolves lit's own
// `node` build, whose DOM shim lets the classes be defined and registered in a registry
// that @lit-labs/ssr reads; the browser files in dist/ bundle lit and would throw there.
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'vite';

const { bundle, elements } = JSON.parse(readFileSync(new URL('../src/entries.json', import.meta.url), 'utf8'));
const input = Object.fromEntries(
  [bundle, ...elements].map((entry) => [entry.node.replace(/^dist\/node\/|\.js$/g, ''), entry.source]),
);

rmSync('dist/node', { recursive: true, force: true });
await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    outDir: 'dist/node',
    emptyOutDir: false,
    target: 'es2022',
    minify: false,
    sourcemap: false,
    ssr: true,
    rolldownOptions: {
      input,
      external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^zod(\/|$)/],
      // Shared code goes into one chunk so every entry registers the same classes.
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'shared-[hash].js' },
    },
  },
});
console.log(
  `built dist/node/: ${Object.keys(input)
    .map((name) => `${name}.js`)
    .join(', ')}`,
);
