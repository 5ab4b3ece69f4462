import type { LibraryOptions, UserConfig } from 'vite';

export function browserLibrary(options: {
  outDir?: string;
  lib: Omit<LibraryOptions, 'formats'>;
  output?: Record<string, unknown>;
  define?: Record<string, string>;
}): UserConfig;
