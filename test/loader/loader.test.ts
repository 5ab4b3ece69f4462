import { expect, waitUntil } from '@open-wc/testing';

// The built loader, as a page would load it, with the chunks it lists in dist/lazy/.
const LOADER: string = '/dist/loader.js';

/** How many times the page fetched each file of dist/lazy/, by path from dist/. */
function lazyFetches(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const entry of performance.getEntriesByType('resource')) {
    const file = new URL(entry.name).pathname.match(/\/dist\/(lazy\/[\w-]+\.js)$/)?.[1];
    if (file) counts[file] = (counts[file] ?? 0) + 1;
  }
  return counts;
}

/** The build's list of what each tag needs (its own chunk first), as dist/lazy/files.json gives it. */
let filesOf: Record<string, string[]> = {};
/** Each file the given tags need, fetched exactly once. */
const onceEach = (...tags: string[]) =>
  Object.fromEntries(tags.flatMap((tag) => filesOf[tag]!).map((file) => [file.replace(/^\.\//, ''), 1]));

function element(tag: string, attributes: Record<string, string> = {}, ...children: Element[]): Element {
  const created = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, value);
  created.append(...children);
  return created;
}

const rendered = (element: Element, selector: string) =>
  waitUntil(() => element.shadowRoot?.querySelector(selector), `${element.localName} did not render ${selector}`);

describe('lazy loader dist/loader.js', () => {
  const added: Element[] = [];
  /** Appends the elements inside a container, so the loader has to look below the added node. */
  const add = (...children: Element[]) => {
    const holder = element('div', {}, ...children);
    document.body.append(holder);
    added.push(holder);
    return holder;
  };

  before(async () => {
    performance.setResourceTimingBufferSize(2000);
    filesOf = await (await fetch('/dist/lazy/files.json')).json();
    await import(LOADER);
  });
  after(() => added.forEach((holder) => holder.remove()));

  it('defines nothing until a tag appears', () => {
    for (const tag of ['ops-booking-cta', 'ops-identities', 'ops-replacement-cost', 'ops-vendor-quiz']) {
      expect(customElements.get(tag), tag).to.equal(undefined);
    }
    expect(lazyFetches()).to.deep.equal({});
  });

  it('lists, for each tag, its own chunk and only the shared chunks it uses', () => {
    expect(Object.keys(filesOf).sort()).to.deep.equal([
      'ops-booking-cta',
      'ops-identities',
      'ops-replacement-cost',
      'ops-vendor-quiz',
    ]);
    for (const [tag, [own, ...shared]] of Object.entries(filesOf)) {
      expect(own, tag).to.equal(`./lazy/${tag.replace(/^ops-/, '')}.js`);
      expect(shared.length, tag).to.be.greaterThan(0);
    }
    // A booking button does not pay for the form controls the quiz and the calculator share.
    const bookingOnly = new Set(filesOf['ops-booking-cta']);
    expect(filesOf['ops-vendor-quiz']!.filter((file) => !bookingOnly.has(file)).length).to.be.greaterThan(1);
  });

  it('upgrades a booking call-to-action added after load, fetching only the files it needs', async () => {
    const holder = add(element('ops-booking-cta', { href: 'https://cal.com/x/30min' }));
    await rendered(holder.firstElementChild!, '[part~="button"]');
    expect(holder.firstElementChild!.shadowRoot!.textContent).to.contain('No deck. No demo.');
    expect(lazyFetches()).to.deep.equal(onceEach('ops-booking-cta'));
  });

  it('hints each shared chunk with a modulepreload link, once', () => {
    const hints = [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map(
      (link) => new URL(link.href).pathname,
    );
    const shared = filesOf['ops-booking-cta']!.slice(1).map((file) => `/dist/${file.slice(2)}`);
    expect(hints.filter((path) => path.startsWith('/dist/lazy/')).sort()).to.deep.equal([...shared].sort());
  });

  it('upgrades two different elements arriving together, each chunk fetched once', async () => {
    const holder = add(
      element('section', {}, element('ops-vendor-quiz', { 'no-save': '' }), element('div', {}, element('ops-replacement-cost'))),
    );
    const quiz = holder.querySelector('ops-vendor-quiz')!;
    const calculator = holder.querySelector('ops-replacement-cost')!;
    await rendered(quiz, 'form.vendor button');
    await rendered(calculator, 'input[inputmode="decimal"]');
    expect(lazyFetches()).to.deep.equal(onceEach('ops-booking-cta', 'ops-vendor-quiz', 'ops-replacement-cost'));
  });

  it('upgrades a later copy and the last element without fetching anything twice', async () => {
    const holder = add(element('ops-vendor-quiz', { 'no-save': '' }), element('ops-identities'));
    await rendered(holder.querySelector('ops-vendor-quiz')!, 'form.vendor button');
    await rendered(holder.querySelector('ops-identities')!, 'table');
    expect(lazyFetches()).to.deep.equal(onceEach('ops-booking-cta', 'ops-vendor-quiz', 'ops-replacement-cost', 'ops-identities'));
  });
});

describe('lazy loader on a page with strict CSP and Trusted Types', () => {
  it('upgrades every element there with no policy violation', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/loader/csp.html';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const doc = frame.contentDocument!;
    for (const tag of ['ops-identities', 'ops-replacement-cost', 'ops-vendor-quiz', 'ops-booking-cta']) {
      await rendered(doc.querySelector(tag)!, '.card');
    }
    expect((frame.contentWindow as Window & { cspViolations: string[] }).cspViolations).to.deep.equal([]);
    frame.remove();
  });
});
