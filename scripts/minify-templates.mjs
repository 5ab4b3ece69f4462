// Build plugin: strips the indentation and comments from Lit's css`` and html``
// templates. Only the static parts change, never an interpolated expression.
// The edits go through MagicString, so the source map still points into src/.
import MagicString from 'magic-string';

/** @param {string} text */
function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}')
    .replace(/([\s:,(])0\.(\d)/g, '$1.$2');
}

/** @param {string} text */
function minifyHtml(text) {
  return text.replace(/<!--[\s\S]*?-->/g, '').replace(/\s+/g, ' ');
}

/**
 * Every css`` and html`` tagged template in an ESTree AST.
 * @param {unknown} node
 * @returns {Generator<{ tag: { name: 'css' | 'html' }, quasi: { quasis: { start: number, end: number, value: { raw: string } }[] } }>}
 */
function* templates(node) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) yield* templates(child);
    return;
  }
  const record = /** @type {Record<string, any>} */ (node);
  if (
    record.type === 'TaggedTemplateExpression' &&
    record.tag?.type === 'Identifier' &&
    (record.tag.name === 'css' || record.tag.name === 'html')
  ) {
    yield /** @type {any} */ (record);
  }
  for (const key in record) if (key !== 'parent') yield* templates(record[key]);
}

/** @returns {import('vite').Plugin} */
export function minifyTemplates() {
  return {
    name: 'minify-templates',
    enforce: 'post',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(css|html)`/.test(code)) return null;
      const out = new MagicString(code);
      for (const node of templates(this.parse(code))) {
        const minify = node.tag.name === 'css' ? minifyCss : minifyHtml;
        for (const quasi of node.quasi.quasis) {
          const raw = quasi.value.raw;
          // Positions are trusted only when they point at exactly the raw text.
          if (quasi.end > quasi.start && code.slice(quasi.start, quasi.end) === raw) {
            const minified = minify(raw);
            if (minified !== raw) out.overwrite(quasi.start, quasi.end, minified);
          }
        }
      }
      if (!out.hasChanged()) return null;
      return { code: out.toString(), map: out.generateMap({ hires: 'boundary', source: id, includeContent: true }) };
    },
  };
}
