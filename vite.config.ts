// The library build. One entry per run: OPS_ENTRY names it (see src/entries.json), the whole
// bundle when unset. scripts/build.mjs runs it once per entry, because every file in dist/
// must stand alone (lit and zod inside), so a plain script tag is enough.
import { defineConfig } from 'vite';
import { entries } from './scripts/entries.js';
import { minifyTemplates } from './scripts/minify-templates.mjs';

const name = process.env.OPS_ENTRY ?? entries[0]!.name;
const entry = entries.find((candidate) => candidate.name === name);
if (!entry) throw new Error(`OPS_ENTRY=${name} is not in src/entries.json (${entries.map((e) => e.name).join(', ')})`);

export default defineConfig({
  plugins: [minifyTemplates()],
  // Only the library: the demo has vite.demo.config.ts, and nothing in public/ belongs in dist/.
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: true,
    minify: true,
    lib: { entry: entry.source, formats: ['es'], fileName: () => entry.dist.replace(/^dist\//, '') },
    // Library mode with `formats: ['es']` keeps whitespace unless rolldown's own minifier is on too.
    rolldownOptions: { output: { minify: true, codeSplitting: false } },
  },
});
