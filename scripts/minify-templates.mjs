// Build plugin: strips the indentation and comments from Lit's css`` and html``
// templates. Only the static parts change, never an interpolated expression.

function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}')
    .replace(/([\s:,(])0\.(\d)/g, '$1.$2');
}

function minifyHtml(text) {
  return text.replace(/<!--[\s\S]*?-->/g, '').replace(/\s+/g, ' ');
}

function* templates(node) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) yield* templates(child);
    return;
  }
  if (node.type === 'TaggedTemplateExpression' && node.tag?.type === 'Identifier' && ['css', 'html'].includes(node.tag.name)) {
    yield node;
  }
  for (const key in node) if (key !== 'parent') yield* templates(node[key]);
}

export function minifyTemplates() {
  return {
    name: 'minify-templates',
    enforce: 'post',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(css|html)`/.test(code)) return null;
      const edits = [];
      for (const node of templates(this.parse(code))) {
        const minify = node.tag.name === 'css' ? minifyCss : minifyHtml;
        for (const quasi of node.quasi.quasis) {
          const raw = quasi.value.raw;
          // Positions are trusted only when they point at exactly the raw text.
          if (code.slice(quasi.start, quasi.end) === raw) edits.push([quasi.start, quasi.end, minify(raw)]);
        }
      }
      if (!edits.length) return null;
      edits.sort((a, b) => b[0] - a[0]);
      let out = code;
      for (const [start, end, text] of edits) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}
