import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ElementEntry, Entry } from '../../scripts/entries.js';

// What users get: the built file, loaded from a URL, not the sources.
const { bundle, elements } = (await (await fetch('/src/entries.json')).json()) as { bundle: Entry; elements: ElementEntry[] };
const BUNDLE = `/${bundle.dist}`;
const TAGS = elements.map((entry) => entry.tag);

describe(`built bundle ${bundle.dist}`, () => {
  it('defines every element', async () => {
    const module = await import(BUNDLE);
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.be.a('function');
    expect(module.VERSION).to.match(/^\d+\.\d+\.\d+/);
  });

  it('tolerates being loaded twice, as a second copy, without throwing or warning', async () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      await import(`${BUNDLE}?second-copy`);
    } finally {
      console.warn = original;
    }
    expect(warnings).to.deep.equal([]);
  });

  it('keeps a page with two of every element accessible (no duplicate landmarks or names)', async function () {
    // axe over eight elements takes several seconds while three browsers share the machine.
    this.timeout(20_000);
    const page = await fixture(html`<div>
      <ops-identities></ops-identities><ops-identities></ops-identities>
      <ops-vendor-quiz no-save></ops-vendor-quiz><ops-vendor-quiz no-save></ops-vendor-quiz>
      <ops-replacement-cost></ops-replacement-cost><ops-replacement-cost></ops-replacement-cost>
      <ops-booking-cta href="https://cal.com/x/30min"></ops-booking-cta><ops-booking-cta href="https://cal.com/x/30min"></ops-booking-cta>
    </div>`);
    await waitUntil(() => [...page.children].every((el) => el.shadowRoot?.querySelector('.card')), 'not rendered');
    await expect(page).to.be.accessible();
  });

  it('renders a working booking call-to-action', async () => {
    const el = await fixture(html`<ops-booking-cta href="https://cal.com/x/30min"></ops-booking-cta>`);
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="button"]'));
    expect(el.shadowRoot!.textContent).to.contain('No deck. No demo.');
  });
});

describe('built bundle on a page with strict CSP, Trusted Types and hostile CSS', () => {
  it('renders every element with no policy violation', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '360px';
    frame.style.height = '800px';
    frame.src = '/test/fixtures/csp.html';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const page = frame.contentWindow as Window & { cspViolations: string[] };
    const doc = frame.contentDocument!;
    await waitUntil(() => doc.querySelector('ops-booking-cta')?.shadowRoot?.querySelector('[part~="button"]'), 'not rendered');
    // Each element renders in a task of its own: wait for all of them, not only the first.
    const hosts = [...doc.querySelectorAll('ops-identities, ops-replacement-cost, ops-vendor-quiz, ops-booking-cta')];
    await Promise.all(hosts.map((host) => (host as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));

    const [cta, broken] = [...doc.querySelectorAll('ops-booking-cta')];
    const button = cta!.shadowRoot!.querySelector<HTMLElement>('[part~="button"]')!;
    const style = page.getComputedStyle(button);
    expect(style.textTransform).to.equal('none');
    expect(style.letterSpacing).to.equal('normal');
    expect(style.lineHeight).to.not.equal('0.7');
    const heading = cta!.shadowRoot!.querySelector<HTMLElement>('[part~="heading"]')!;
    expect(page.getComputedStyle(heading).color).to.equal('rgb(27, 31, 36)');
    expect(page.getComputedStyle(heading).letterSpacing).to.equal('normal');
    expect(button.getBoundingClientRect().width).to.be.lessThan(360);
    expect(broken!.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
    const identities = doc.querySelector('ops-identities')!;
    const tabs = identities.shadowRoot!.querySelectorAll('[role="tab"]');
    expect(tabs.length, 'narrow page shows identities as tabs').to.equal(3);
    expect(identities.scrollWidth).to.be.at.most(identities.clientWidth);

    button.click();
    await waitUntil(() => cta!.shadowRoot!.querySelector('dialog')?.open, 'popup did not open');
    expect(page.cspViolations).to.deep.equal([]);
    (cta as Element & { close(): void }).close();
    frame.remove();
  });
});
