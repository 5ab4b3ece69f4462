// Builds the lazy loader: dist/lazy/ holds one chunk per element and the chunks they share;
// dist/loader.js knows from this build which files each tag needs (also written to
// dist/lazy/files.json). Leaves the self-contained bundle and the per-element files alone.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'vite';
import { browserLibrary } from './library-build.mjs';

const { elements } = JSON.parse(readFileSync(new URL('../src/entries.json', import.meta.url), 'utf8'));
const tagOf = (name) => elements.find((entry) => entry.name === name).tag;

rmSync('dist/lazy', { recursive: true, force: true });
const [chunkBuild] = [].concat(
  await build({
    configFile: false,
    logLevel: 'warn',
    ...browserLibrary({
      outDir: 'dist/lazy',
      lib: { entry: Object.fromEntries(elements.map((entry) => [entry.name, entry.source])) },
      output: {
        entryFileNames: '[name].js',
        // The bundler's own split: a chunk per set of elements that use a module, so a page
        // downloads only what its elements use (one shared chunk would give a booking button
        // the quiz's and calculator's form controls). The loader preloads them all at once.
        chunkFileNames: 'shared-[hash].js',
      },
    }),
  }),
);

const outputs = new Map(chunkBuild.output.filter((item) => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
/** A chunk and, transitively, every chunk it imports statically. */
const filesOf = (fileName, seen = new Set()) => {
  if (seen.has(fileName)) return [];
  seen.add(fileName);
  return [fileName, ...outputs.get(fileName).imports.flatMap((imported) => filesOf(imported, seen))];
};
const chunks = Object.fromEntries(
  [...outputs.values()]
    .filter((chunk) => chunk.isEntry)
    .map((chunk) => [tagOf(chunk.name), filesOf(chunk.fileName).map((file) => `./lazy/${file}`)]),
);

writeFileSync('dist/lazy/files.json', `${JSON.stringify(chunks, null, 2)}\n`);

await build({
  configFile: false,
  logLevel: 'warn',
  ...browserLibrary({
    define: { __OPS_LAZY_CHUNKS__: JSON.stringify(chunks) },
    lib: { entry: 'src/loader.ts', fileName: () => 'loader.js' },
    output: { codeSplitting: false },
  }),
});
console.log(
  `built dist/loader.js and dist/lazy/: ${Object.entries(chunks)
    .map(([tag, files]) => `${tag} → ${files.join(' + ')}`)
    .join('; ')}`,
);
