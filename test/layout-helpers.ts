/** Words inside `roots` (shadow content included) that the browser split across two lines. */
export function wordsSplitAcrossLines(roots: Iterable<Element>): string[] {
  const split: string[] = [];
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of node.textContent!.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set(
          [...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.bottom)),
        );
        if (lines.size > 1) split.push(match[0]);
      }
    }
  }
  return split;
}

/** Elements whose content reaches past their own right edge, or past `bounds`, by more than half a pixel. */
export function overflowing(elements: Iterable<Element>, bounds: Element): string[] {
  const limit = bounds.getBoundingClientRect().right + 0.5;
  return [...elements]
    .filter((element) => element.getClientRects().length > 0)
    .filter((element) => element.scrollWidth > element.clientWidth + 1 || element.getBoundingClientRect().right > limit)
    .map((element) => `${element.localName}.${element.className || element.getAttribute('part') || ''}`);
}

/** The page fonts every element must cope with: the system font, a serif page font, a large body font. */
export const pageFonts = [
  { name: 'system-ui', style: 'font-family: system-ui' },
  { name: 'serif', style: 'font-family: serif' },
  { name: '20 px sans', style: 'font-family: sans-serif; font-size: 20px' },
];
