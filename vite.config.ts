// The library build. One entry per run: OPS_ENTRY names it (see src/entries.json), the whole
// bundle when unset. scripts/build.mjs runs it once per entry, because every file in dist/
// must stand alone (lit and zod inside), so a plain script tag is enough.
import { defineConfig } from 'vite';
import { entries } from './scripts/entries.js';
import { browserLibrary } from './scripts/library-build.mjs';

const name = process.env.OPS_ENTRY ?? entries[0]!.name;
const entry = entries.find((candidate) => candidate.name === name);
if (!entry) throw new Error(`OPS_ENTRY=${name} is not in src/entries.json (${entries.map((e) => e.name).join(', ')})`);

export default defineConfig(
  browserLibrary({
    lib: { entry: entry.source, fileName: () => entry.dist.replace(/^dist\//, '') },
    // The demo has vite.demo.config.ts; each file here stands alone, in one chunk.
    output: { codeSplitting: false },
  }),
);
