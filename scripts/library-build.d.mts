import type { LibraryOptions, UserConfig } from 'vite';

export function browserLibrary(options: {
  outDir?: string;
  lib: LibraryOptions;
  output?: Record<string, unknown>;
  define?: Record<string, string>;
}): UserConfig;
