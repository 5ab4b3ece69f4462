// Typed view of src/entries.json, the one list of build entries.
import list from '../src/entries.json' with { type: 'json' };

export interface Entry {
  /** File name in dist/ without `.js`; also what OPS_ENTRY selects in vite.config.ts. */
  name: string;
  source: string;
  dist: string;
  types: string;
  /** The same entry for Node, with lit and zod left as imports (scripts/build-node.mjs). */
  node: string;
  /** Subpath in package.json `exports`. */
  export: string;
  /** Brotli budget checked by size-limit. */
  budget: string;
}

export interface ElementEntry extends Entry {
  tag: string;
  className: string;
}

export const bundle: Entry = list.bundle;
export const elements: ElementEntry[] = list.elements;
export const entries: Entry[] = [bundle, ...elements];
