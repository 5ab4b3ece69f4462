import type { Plugin } from 'vite';

/** Strips indentation and comments from Lit's css`` and html`` templates, with a source map. */
export function minifyTemplates(): Plugin;
