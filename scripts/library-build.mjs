// The settings every browser file in dist/ is built with: ES2022, minified, with source maps
// and the template minifier. Library mode with `formats: ['es']` keeps whitespace unless
// rolldown's own minifier is on too, so both are.
import { minifyTemplates } from './minify-templates.mjs';

/** A vite config for one browser build: `lib` (ES module unless it says otherwise) and rolldown `output` merged over the shared settings. */
export function browserLibrary({ outDir = 'dist', lib, output = {}, define }) {
  return {
    plugins: [minifyTemplates()],
    // Only the library: nothing in public/ belongs in dist/.
    publicDir: false,
    ...(define ? { define } : {}),
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      sourcemap: true,
      minify: true,
      lib: { formats: ['es'], ...lib },
      rolldownOptions: { output: { minify: true, ...output } },
    },
  };
}
