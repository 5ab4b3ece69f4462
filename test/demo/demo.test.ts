import { expect, waitUntil } from '@open-wc/testing';

// The demo page (demo/index.html) as `npm run demo` serves it, in a frame 1280 px wide.
type DemoWindow = Window & { demoErrors: string[] };

/** Records console errors and uncaught errors from before the page's first script. */
const recorder = `<script>
window.demoErrors = [];
const error = console.error.bind(console);
console.error = (...args) => { window.demoErrors.push(args.map(String).join(' ')); error(...args); };
addEventListener('error', (event) => window.demoErrors.push(String(event.message)));
addEventListener('unhandledrejection', (event) => window.demoErrors.push(String(event.reason)));
</script>`;

const tags = ['ops-identities', 'ops-vendor-quiz', 'ops-replacement-cost', 'ops-booking-cta'];

let frame: HTMLIFrameElement;
afterEach(() => frame?.remove());

async function openDemo(): Promise<DemoWindow> {
  const html = await (await fetch('/demo/index.html')).text();
  frame = document.createElement('iframe');
  frame.style.width = '1280px';
  frame.style.height = '900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  // srcdoc, so the recorder runs first; the page's relative URLs made absolute.
  frame.srcdoc = html.replace('<head>', `<head>${recorder}`).replaceAll('="./', '="/demo/').replaceAll('="../', '="/');
  document.body.append(frame);
  // In view in the runner's window too: an observer in a frame measures against the top viewport.
  frame.scrollIntoView();
  await loaded;
  const view = frame.contentWindow as DemoWindow;
  await waitUntil(() => tags.every((tag) => view.customElements.get(tag)), 'the elements are defined', { timeout: 10000 });
  return view;
}

const elementsIn = (view: Window) => [...view.document.querySelectorAll(tags.join(','))];

async function scrollThrough(view: Window): Promise<void> {
  for (const section of view.document.querySelectorAll('main > section')) {
    // Scrolled to again while waiting, as a reader would: examples stamped above it can push the
    // section out of view before a slow engine's observer has seen it.
    await waitUntil(
      () => {
        section.scrollIntoView();
        return !section.querySelector('.later');
      },
      `${section.id} shows its examples`,
      { timeout: 8000 },
    );
  }
  await Promise.all(
    elementsIn(view).map((element) => (element as unknown as { updateComplete: Promise<unknown> }).updateComplete),
  );
}

describe('demo page', () => {
  it('upgrades only the examples near the first screen when it loads', async () => {
    const view = await openDemo();
    const shown = elementsIn(view);
    expect(shown.length).to.be.within(1, 3);
    expect(view.document.querySelectorAll('.later').length).to.be.above(3);
  });

  it('shows all four elements in every configuration once scrolled through, with no console error', async () => {
    const view = await openDemo();
    await scrollThrough(view);
    const shown = elementsIn(view);
    for (const tag of tags) expect(shown.filter((element) => element.localName === tag).length, tag).to.be.at.least(3);
    expect(shown.length).to.equal(17);
    expect(
      shown.every((element) => element.shadowRoot?.childElementCount),
      'every element rendered',
    ).to.equal(true);
    expect(view.demoErrors).to.deep.equal([]);
  });

  it('gives examples shown later the theme chosen before', async () => {
    const view = await openDemo();
    const select = view.document.getElementById('theme') as HTMLSelectElement;
    select.value = 'dark';
    select.dispatchEvent(new Event('change'));
    await scrollThrough(view);
    expect(elementsIn(view).filter((element) => element.getAttribute('theme') !== 'dark')).to.deep.equal([]);
  });
});
