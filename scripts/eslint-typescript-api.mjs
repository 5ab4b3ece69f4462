// typescript-eslint parses with the TypeScript JS API (supported up to 6.0). The project compiles
// with TypeScript 7, whose package has no such API, so the parser gets the TypeScript 6.0 bundled
// in @ts-morph/common instead; `tsc` stays TypeScript 7. Imported first by eslint.config.mjs.
import Module, { createRequire } from 'node:module';

const bundled = createRequire(import.meta.url).resolve('@ts-morph/common/dist/typescript.js');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  // typescript-eslint and its helpers (ts-api-utils) all load it by this name.
  if (request === 'typescript') return bundled;
  return resolve.call(this, request, parent, ...rest);
};
