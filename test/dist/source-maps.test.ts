import { expect } from '@open-wc/testing';
import type { Entry } from '../../scripts/entries.js';

// The template minifier rewrites code before bundling; the maps in dist/ must still lead from
// a position in the built file back to the line and column in src/ that produced it.

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

interface Segment {
  generatedLine: number;
  generatedColumn: number;
  source: number;
  line: number;
  column: number;
}

/** Decodes a version 3 `mappings` string (base64 VLQ, fields relative to the previous segment). */
function decodeMappings(mappings: string): Segment[] {
  const segments: Segment[] = [];
  let source = 0;
  let line = 0;
  let column = 0;
  mappings.split(';').forEach((group, generatedLine) => {
    let generatedColumn = 0;
    for (const text of group.split(',')) {
      if (!text) continue;
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of text) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) {
          shift += 5;
        } else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      generatedColumn += fields[0]!;
      if (fields.length < 4) continue;
      source += fields[1]!;
      line += fields[2]!;
      column += fields[3]!;
      segments.push({ generatedLine, generatedColumn, source, line, column });
    }
  });
  return segments;
}

const QUOTES = new Set(['`', "'", '"']);

/** The text of a plain string literal starting at `column` (no escapes, no interpolation), or null. */
function literalAt(line: string, column: number): string | null {
  const quote = line[column];
  if (!quote || !QUOTES.has(quote)) return null;
  const end = line.indexOf(quote, column + 1);
  if (end < 0) return null;
  const text = line.slice(column + 1, end);
  return /^[\w .,:;!?()/-]{4,}$/.test(text) && !text.includes('${') ? text : null;
}

const { bundle, elements } = (await (await fetch('/src/entries.json')).json()) as { bundle: Entry; elements: Entry[] };

describe('source maps in dist/', () => {
  for (const entry of [bundle, ...elements]) {
    it(`${entry.dist}.map leads each string literal back to its line in src/`, async () => {
      const jsUrl = new URL(`/${entry.dist}`, location.origin);
      const code = await (await fetch(jsUrl)).text();
      expect(code).to.contain(`//# sourceMappingURL=${entry.dist.split('/').pop()}.map`);
      const mapUrl = new URL(`${jsUrl.pathname}.map`, location.origin);
      const map = (await (await fetch(mapUrl)).json()) as { sources: string[]; sourcesContent: string[]; mappings: string };
      const generatedLines = code.split('\n');
      const sourceText = new Map<string, string>();
      const sourceFiles = new Map<string, string[]>();
      const checked: Array<{ file: string; line: number; text: string }> = [];
      const wrong: string[] = [];

      for (const segment of decodeMappings(map.mappings)) {
        const file = new URL(map.sources[segment.source]!, mapUrl).pathname;
        if (!file.startsWith('/src/')) continue;
        const text = literalAt(generatedLines[segment.generatedLine] ?? '', segment.generatedColumn);
        if (!text) continue;
        // The dev server would compile a .ts file it serves, so the original text comes from the map;
        // that it is the TypeScript source, not compiled output, is checked below.
        if (!sourceFiles.has(file)) {
          sourceText.set(file, map.sourcesContent[segment.source]!);
          sourceFiles.set(file, sourceText.get(file)!.split('\n'));
        }
        const sourceLine = sourceFiles.get(file)![segment.line] ?? '';
        // A constant inlined from another module maps to where it is used, in a file that does not
        // hold the literal at all.
        if (![...QUOTES].some((quote) => sourceText.get(file)!.includes(`${quote}${text}${quote}`))) continue;
        const original = literalAt(sourceLine, segment.column);
        checked.push({ file, line: segment.line, text });
        if (original !== text) wrong.push(`"${text}" maps to ${file}:${segment.line + 1}:${segment.column + 1}`);
      }

      expect(wrong.join('\n'), 'literals mapped to the wrong place').to.equal('');
      // Literals below a minified css`` or html`` template in the same file: these are the ones
      // that land on the wrong line when the minifier's edits are left out of the map.
      const afterTemplates = new Set<string>();
      for (const { file, line } of checked) {
        const firstTemplate = sourceFiles.get(file)!.findIndex((text) => /\b(css|html)`/.test(text));
        if (firstTemplate >= 0 && line > firstTemplate) afterTemplates.add(file);
      }
      const typed = [...sourceFiles.values()].filter((lines) => lines.some((line) => /^(export )?interface |: string\b/.test(line)));
      expect(typed.length, 'sources are the TypeScript files').to.be.greaterThan(0);
      expect(checked.length, 'string literals checked').to.be.greaterThan(20);
      expect(afterTemplates.size, 'files with literals below a template').to.be.greaterThan(0);
    });
  }
});
