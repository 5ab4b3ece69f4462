import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';

const TAGS = ['ops-identities', 'ops-vendor-quiz', 'ops-replacement-cost', 'ops-booking-cta'] as const;

/** Every text node in a shadow root (and nested ones), with the element that styles it. */
function textHolders(root: ShadowRoot): Element[] {
  const holders: Element[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const parent = walker.currentNode.parentElement;
    if (parent && walker.currentNode.textContent!.trim() && parent.getClientRects().length) holders.push(parent);
  }
  return holders;
}

describe('elements under hostile page CSS (test/fixtures/hostile.css)', () => {
  let sheet: HTMLLinkElement;
  before(async () => {
    sheet = document.createElement('link');
    sheet.rel = 'stylesheet';
    sheet.href = '/test/fixtures/hostile.css';
    const loaded = new Promise((resolve) => sheet.addEventListener('load', resolve, { once: true }));
    document.head.append(sheet);
    await loaded;
  });
  after(() => sheet.remove());

  it('the page really is hostile: a plain element there has tiny, masked, vertical, mirrored text', async () => {
    const probe = await fixture(html`<div class="vertical">probe</div>`);
    const style = getComputedStyle(probe);
    expect(style.writingMode).to.equal('vertical-rl');
    expect(style.direction).to.equal('rtl');
    expect(style.getPropertyValue('-webkit-text-fill-color')).to.equal('rgb(255, 0, 255)');
    expect(getComputedStyle(document.documentElement).fontSize).to.equal('5px');
  });

  for (const tag of TAGS) {
    it(`<${tag}> stays a block with readable, unmasked, horizontal text of its own colours`, async () => {
      const el = await fixture(
        html`<div style="font-size: 5px; width: 360px">
          ${
            tag === 'ops-booking-cta'
              ? html`<ops-booking-cta href="https://cal.com/x/30min"></ops-booking-cta>`
              : document.createElement(tag)
          }
        </div>`,
      ).then((wrapper) => wrapper.querySelector(tag)!);
      await waitUntil(() => el.shadowRoot?.querySelector('.card'), 'not rendered');
      const wide = [...el.shadowRoot!.querySelectorAll('*')].filter(
        (child) => child.getBoundingClientRect().right > el.getBoundingClientRect().right + 1,
      );
      expect(
        wide.map((child) => `${child.localName}.${child.className}`),
        'nothing wider than the element',
      ).to.deep.equal([]);
      const host = getComputedStyle(el);
      expect(host.display).to.equal('block');
      expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
      const holders = textHolders(el.shadowRoot!);
      expect(holders.length).to.be.greaterThan(0);
      for (const holder of holders) {
        const style = getComputedStyle(holder);
        const where = `${holder.localName}.${holder.className}: ${holder.textContent!.trim().slice(0, 30)}`;
        expect(parseFloat(style.fontSize), `font size of ${where}`).to.be.at.least(12);
        expect(style.getPropertyValue('-webkit-text-fill-color'), where).to.equal(style.color);
        expect(style.getPropertyValue('-webkit-text-stroke-width'), where).to.equal('0px');
        expect(style.getPropertyValue('-webkit-text-security'), where).to.equal('none');
        expect(style.writingMode, where).to.equal('horizontal-tb');
        expect(style.direction, where).to.equal('ltr');
        expect(style.fontVariantCaps, where).to.equal('normal');
        expect(style.fontStretch, where).to.equal('100%');
        expect(style.fontFeatureSettings, where).to.equal('normal');
        expect(style.wordBreak, where).to.equal('normal');
        expect(style.hyphens, where).to.equal('manual');
      }
      const button = el.shadowRoot!.querySelector<HTMLElement>('.button:not(.secondary)');
      if (button) {
        const style = getComputedStyle(button);
        expect(style.backgroundColor, 'primary button keeps the accent').to.equal('rgb(11, 87, 208)');
        expect(style.color).to.equal('rgb(255, 255, 255)');
        expect(style.getPropertyValue('-webkit-text-fill-color')).to.equal('rgb(255, 255, 255)');
      }
    });
  }

  it('mirrors when the element itself is given dir="rtl"', async () => {
    const el = await fixture(html`<ops-booking-cta dir="rtl" href="https://cal.com/x/30min"></ops-booking-cta>`);
    await waitUntil(() => el.shadowRoot?.querySelector('.card'), 'not rendered');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.card')!).direction).to.equal('rtl');
  });
});
