import { expect } from '@open-wc/testing';

// dist/reserve.css on a page built as docs/embedding.md says (page.html).
// Its heights are measured in Chromium at 16px system-ui; other engines wrap the same text a little differently, so there the reservation only has to be close.
const chromium = navigator.userAgent.includes('Chrome/');
const webkit = !chromium && !navigator.userAgent.includes('Firefox/');
/** How far a reservation may be off: 1px in Chromium; elsewhere two lines or 2%. */
const tolerance = (height: number) => (chromium ? 1 : Math.max(48, height * 0.02));

async function openAt(width: number): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = new URL('./page.html', import.meta.url).href;
  document.body.append(frame);
  await loaded;
  return frame;
}

const elementsIn = (doc: Document) => [...doc.body.children].filter((child) => child.localName.startsWith('ops-'));
const heights = (doc: Document) => elementsIn(doc).map((element) => element.getBoundingClientRect().height);
const textTops = (doc: Document) => [...doc.querySelectorAll('p')].map((text) => text.getBoundingClientRect().top);

/** Loads the bundle into the page; resolves once every element is defined (not yet rendered) and `rendered` once all are. */
async function upgrade(frame: HTMLIFrameElement): Promise<{ rendered: Promise<unknown> }> {
  const doc = frame.contentDocument!;
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = new URL('/dist/ops-partner-widgets.js', location.href).href;
  doc.head.append(script);
  const registry = frame.contentWindow!.customElements;
  const elements = elementsIn(doc);
  await Promise.all(elements.map((element) => registry.whenDefined(element.localName)));
  return {
    rendered: Promise.all(elements.map((element) => (element as unknown as { updateComplete: Promise<unknown> }).updateComplete)),
  };
}

for (const width of [320, 1280]) {
  describe(`dist/reserve.css on a ${width}px wide page`, () => {
    let frame: HTMLIFrameElement;
    afterEach(() => frame?.remove());

    it('holds the space each element takes once upgraded, so the text after it does not move', async () => {
      frame = await openAt(width);
      const doc = frame.contentDocument!;
      const [reserved, textBefore] = [heights(doc), textTops(doc)];
      const { rendered } = await upgrade(frame);
      // Defined, with their first renders still to come in later tasks: the space stays held.
      const [whileDefined, textWhileDefined] = [heights(doc), textTops(doc)];
      await rendered;
      const [upgraded, textAfter] = [heights(doc), textTops(doc)];
      // WebKit evaluates no container query for a shadow host's ::before, so between definition
      // and first render it holds the narrowest height instead (docs/embedding.md says so).
      if (!webkit) {
        expect(whileDefined, 'defined but not yet rendered').to.deep.equal(reserved);
        expect(textWhileDefined, 'text while the elements are defined but not yet rendered').to.deep.equal(textBefore);
      }
      elementsIn(doc).forEach((element, index) => {
        const example = element.outerHTML.replace(/>[\s\S]*/, '>');
        expect(upgraded[index], example).to.be.above(40);
        expect(
          Math.abs(reserved[index]! - upgraded[index]!),
          `${example}: reserved ${reserved[index]}, upgraded ${upgraded[index]} (after a layout change: npm run reserve:measure, then commit scripts/embed/reserve.json)`,
        ).to.be.at.most(tolerance(upgraded[index]!));
        expect(Math.abs(textAfter[index]! - textBefore[index]!), `text after ${example}`).to.be.at.most(
          upgraded.slice(0, index + 1).reduce((sum, height) => sum + tolerance(height), 0),
        );
      });
    });
  });
}
