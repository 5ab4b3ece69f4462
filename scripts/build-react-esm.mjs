// Bundles React 19 into one ES module for the browser tests in test/frameworks/:
// React ships CommonJS only, which the test server cannot serve as modules.
import { readFileSync } from 'node:fs';
import { build } from 'vite';

const entryId = 'react-esm-entry';
const exports = readFileSync('test/frameworks/react-esm.d.ts', 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('export '))
  .join('\n');

await build({
  configFile: false,
  logLevel: 'warn',
  mode: 'development',
  define: { 'process.env.NODE_ENV': '"development"' },
  plugins: [
    {
      name: 'react-esm-entry',
      resolveId: (id) => (id.endsWith(entryId) ? entryId : null),
      load: (id) => (id === entryId ? exports : null),
    },
  ],
  build: {
    outDir: 'test/frameworks',
    emptyOutDir: false,
    minify: false,
    lib: { entry: entryId, formats: ['es'], fileName: () => 'react-esm.js' },
    rolldownOptions: { output: { codeSplitting: false } },
  },
});
