// Builds dist/: one self-contained module with every element, one per element,
// type declarations and the custom-elements manifest.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { build } from 'vite';
import { minifyTemplates } from './minify-templates.mjs';

const components = readdirSync('src/components').filter((name) => existsSync(`src/components/${name}/${name}.ts`));
const entries = [
  ['ops-partner-widgets', 'src/index.ts'],
  ...components.map((name) => [name, `src/components/${name}/${name}.ts`]),
];

rmSync('dist', { recursive: true, force: true });
for (const [name, entry] of entries) {
  await build({
    configFile: false,
    plugins: [minifyTemplates()],
    logLevel: 'warn',
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      sourcemap: true,
      minify: true,
      lib: { entry, formats: ['es'], fileName: () => `${name}.js` },
      // Each file stands alone, with lit and zod inside, so a plain script tag is enough.
      rolldownOptions: { output: { minify: true, codeSplitting: false } },
    },
  });
}

const bin = (name) => `node_modules/.bin/${name}`;
execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json'], { stdio: 'inherit' });
execFileSync(bin('cem'), ['analyze', '--quiet'], { stdio: 'inherit' });
console.log(`built dist/: ${entries.map(([name]) => `${name}.js`).join(', ')}, types, custom-elements.json`);
