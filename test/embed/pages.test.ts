import { expect, waitUntil } from '@open-wc/testing';
import { PAGES, closeFrames, frame, hydratedElement, pageUrl } from './embed-helpers.js';

afterEach(closeFrames);

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  expect(response.status, url).to.equal(200);
  return response.text();
}

function parse(text: string): Document {
  // Declarative shadow DOM is only attached by parseHTMLUnsafe, as a parser with scripting off does it.
  return (Document as unknown as { parseHTMLUnsafe(html: string): Document }).parseHTMLUnsafe(text);
}

const sha256 = async (text: string) =>
  btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))));

for (const { slug, tag, text } of PAGES) {
  describe(`hosted page ${slug}.html`, () => {
    const url = new URL(pageUrl(slug), location.href);

    it('has its content in the HTML, before and without JavaScript', async () => {
      const doc = parse(await fetchText(url.href));
      const element = doc.querySelector(tag)!;
      expect(element.shadowRoot, 'declarative shadow root').to.exist;
      expect(element.shadowRoot!.querySelector('.card')!.textContent).to.contain(text);
      expect(element.shadowRoot!.textContent).not.to.contain('not set up correctly');
      // checked="false" would read as checked.
      expect(element.shadowRoot!.querySelectorAll('input[checked]:not([checked=""])')).to.have.length(0);
    });

    it('has title, description, canonical, Open Graph, Twitter and oEmbed tags pointing at files that exist', async () => {
      const doc = parse(await fetchText(url.href));
      const meta = (selector: string) => doc.querySelector(selector)?.getAttribute('content') ?? '';
      expect(doc.title).to.contain(text.length > 10 ? text : '');
      expect(doc.title.length).to.be.above(10);
      expect(meta('meta[name="description"]').length).to.be.above(40);
      expect(meta('meta[property="og:title"]')).to.equal(doc.title);
      expect(meta('meta[property="og:description"]')).to.equal(meta('meta[name="description"]'));
      expect(meta('meta[name="twitter:card"]')).to.equal('summary_large_image');
      const links = [
        doc.querySelector('link[rel="canonical"]')!.getAttribute('href')!,
        meta('meta[property="og:url"]'),
        meta('meta[property="og:image"]'),
        meta('meta[name="twitter:image"]'),
        doc.querySelector('link[rel="alternate"][type="application/json+oembed"]')!.getAttribute('href')!,
      ];
      for (const link of links) {
        const target = new URL(link, url);
        expect((await fetch(target)).status, target.href).to.equal(200);
      }
      expect(new URL(links[0]!, url).pathname).to.equal(url.pathname);
    });

    it('has a 1200×630 PNG preview', async () => {
      const doc = parse(await fetchText(url.href));
      const image = new URL(doc.querySelector('meta[property="og:image"]')!.getAttribute('content')!, url);
      const bytes = new DataView(await (await fetch(image)).arrayBuffer());
      // PNG signature, then the IHDR chunk: width and height as big-endian 32-bit integers.
      expect(bytes.getUint32(0)).to.equal(0x89504e47);
      expect(String.fromCharCode(...new Uint8Array(bytes.buffer, 12, 4))).to.equal('IHDR');
      expect([bytes.getUint32(16), bytes.getUint32(20)]).to.deep.equal([1200, 630]);
    });

    it('has valid oEmbed JSON whose iframe shows this page', async () => {
      const doc = parse(await fetchText(url.href));
      const href = new URL(doc.querySelector('link[type="application/json+oembed"]')!.getAttribute('href')!, url);
      const oembed = JSON.parse(await fetchText(href.href));
      expect(oembed).to.include({ type: 'rich', version: '1.0', title: doc.title });
      expect(oembed.provider_name).to.be.a('string').and.not.empty;
      expect(oembed.width).to.be.a('number');
      expect(oembed.height).to.be.a('number');
      const iframe = new DOMParser().parseFromString(oembed.html, 'text/html').querySelector('iframe')!;
      expect(new URL(iframe.getAttribute('src')!, href).pathname).to.equal(url.pathname);
      expect(iframe.title).to.equal(doc.title);
      // So that dist/embed-parent.js on the host page sizes it.
      expect(iframe.hasAttribute('data-ops-embed')).to.equal(true);
      expect((await fetch(new URL(oembed.thumbnail_url, href))).status).to.equal(200);
    });

    it('allows each prerendered <style> by hash in its own CSP, with no unsafe-inline', async () => {
      const html = await fetchText(url.href);
      const policy = parse(html).querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
      const styleSrc = policy
        .split(';')
        .map((part) => part.trim())
        .find((part) => part.startsWith('style-src'))!;
      expect(policy).to.contain("require-trusted-types-for 'script'").and.contain('trusted-types lit-html');
      expect(policy).not.to.contain('unsafe');
      const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]!);
      expect(styles.length).to.be.above(0);
      for (const style of styles) expect(styleSrc).to.contain(`'sha256-${await sha256(style)}'`);
    });

    it('is styled with scripts off, under its own CSP', async () => {
      // A sandbox without allow-scripts is a browser with JavaScript disabled.
      const loaded = await frame(pageUrl(slug), { sandbox: 'allow-same-origin' });
      const card = loaded.contentDocument!.querySelector(tag)!.shadowRoot!.querySelector('.card')!;
      expect(getComputedStyle(card).borderTopStyle).to.equal('solid');
      expect(customElements.get(tag) ? true : loaded.contentWindow!.customElements.get(tag)).to.equal(undefined);
    });

    it('hydrates the server nodes without duplicating them, stays styled, with no CSP violation', async () => {
      const loaded = await frame(pageUrl(slug));
      const violations: string[] = [];
      loaded.contentDocument!.addEventListener('securitypolicyviolation', (event) =>
        violations.push(`${event.violatedDirective} ${event.sample}`),
      );
      const element = await hydratedElement(loaded, tag);
      const root = element.shadowRoot!;
      expect(root.querySelectorAll('.card')).to.have.length(1);
      // The server's hydration markers are still there: the nodes were adopted, not replaced.
      expect(
        [...root.childNodes].some((node) => node.nodeType === Node.COMMENT_NODE && /lit-part/.test(node.textContent!)),
      ).to.equal(true);
      expect(root.adoptedStyleSheets.length).to.be.above(0);
      expect(getComputedStyle(root.querySelector('.card')!).borderTopStyle).to.equal('solid');
      expect(violations).to.deep.equal([]);
    });
  });
}

describe('hosted pages after hydration', () => {
  it('the quiz is interactive and restores saved progress after hydrating', async () => {
    localStorage.clear();
    let loaded = await frame(pageUrl('vendor-quiz'));
    let quiz = await hydratedElement(loaded, 'ops-vendor-quiz');
    quiz.shadowRoot!.querySelector<HTMLButtonElement>('form button')!.click();
    await waitUntil(() => quiz.shadowRoot!.querySelector('fieldset:not([hidden])'), 'first question not shown');
    quiz.shadowRoot!.querySelector<HTMLInputElement>('fieldset:not([hidden]) input[type="radio"]')!.click();
    await quiz.updateComplete;
    closeFrames();

    loaded = await frame(pageUrl('vendor-quiz'));
    quiz = await hydratedElement(loaded, 'ops-vendor-quiz');
    await waitUntil(() => quiz.shadowRoot!.querySelector('fieldset:not([hidden]) input:checked'), 'saved answer not restored');
    expect(quiz.shadowRoot!.querySelectorAll('.card')).to.have.length(1);
    expect(quiz.shadowRoot!.querySelector('form.vendor')).to.equal(null);
    localStorage.clear();
  });

  it('the quiz takes layout=list from the query string', async () => {
    const quiz = await hydratedElement(await frame(pageUrl('vendor-quiz', '?layout=list')), 'ops-vendor-quiz');
    await waitUntil(() => quiz.shadowRoot!.querySelectorAll('fieldset:not([hidden])').length === 7, 'not all questions shown');
  });

  it('a dark widget (?theme=dark) sits on a dark page, not a white one', async () => {
    const loaded = await frame(pageUrl('vendor-quiz', '?theme=dark'));
    await hydratedElement(loaded, 'ops-vendor-quiz');
    const page = loaded.contentDocument!.documentElement;
    await waitUntil(() => getComputedStyle(page).backgroundColor === 'rgb(22, 25, 29)', 'page background is not dark');
  });

  it('the calculator takes its currency from the query string, and shows the error state for a bad one', async () => {
    let calculator = await hydratedElement(
      await frame(pageUrl('replacement-cost', '?currency=EUR&partner-fee=90000')),
      'ops-replacement-cost',
    );
    await waitUntil(() => calculator.shadowRoot!.textContent!.includes('€'), 'no euro amounts');
    expect(calculator.shadowRoot!.querySelector('[part="error"]')).to.equal(null);

    calculator = await hydratedElement(await frame(pageUrl('replacement-cost', '?currency=bogus')), 'ops-replacement-cost');
    await waitUntil(() => calculator.shadowRoot!.querySelector('[part="error"]'), 'no error state');
    // The defaults stay on screen under the error.
    expect(calculator.shadowRoot!.textContent).to.contain('$');
  });

  it('the calculator reacts to input after hydrating', async () => {
    const calculator = await hydratedElement(await frame(pageUrl('replacement-cost')), 'ops-replacement-cost');
    const field = calculator.shadowRoot!.querySelector<HTMLInputElement>('#field-pipelines')!;
    const before = calculator.shadowRoot!.querySelector('table')!.textContent;
    field.value = '12';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await calculator.updateComplete;
    expect(calculator.shadowRoot!.querySelector('table')!.textContent).not.to.equal(before);
  });

  it('the booking page passes the page’s utm parameters to the scheduler once hydrated', async () => {
    const booking = await hydratedElement(await frame(pageUrl('booking-cta', '?utm_source=newsletter')), 'ops-booking-cta');
    await waitUntil(
      () => booking.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~="button"]')!.href.includes('utm_source=newsletter'),
      'utm not added',
    );
  });

  it('the index page lists every hosted page', async () => {
    const doc = new DOMParser().parseFromString(await (await fetch('/dist/embed/index.html')).text(), 'text/html');
    const links = [...doc.querySelectorAll('main a')].map((link) => link.getAttribute('href'));
    expect(links).to.deep.equal(['identities.html', 'vendor-quiz.html', 'replacement-cost.html', 'booking-cta.html']);
  });
});
