import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/booking-cta/booking-cta.js';
import type { OpsBookingCta } from '../../../src/components/booking-cta/booking-cta.js';
import { overflowing, pageFonts, wordsSplitAcrossLines } from '../../layout-helpers.js';

async function render(width: number, style: string, mode = 'link'): Promise<OpsBookingCta> {
  const box = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px; ${style}">
      <ops-booking-cta href="https://cal.com/x/30min" mode=${mode}></ops-booking-cta>
    </div>`,
  );
  const el = box.querySelector('ops-booking-cta')!;
  await el.updateComplete;
  return el;
}

describe('<ops-booking-cta> layout', () => {
  for (const width of [320, 375, 768, 1280]) {
    for (const font of pageFonts) {
      it(`at ${width} px with ${font.name}: no word split in the heading or buttons, nothing overflows`, async () => {
        const el = await render(width, font.style);
        const root = el.shadowRoot!;
        expect(wordsSplitAcrossLines(root.querySelectorAll('[part~="heading"], .button'))).to.deep.equal([]);
        expect(overflowing(root.querySelectorAll('[part~="card"], .button'), el.parentElement!)).to.deep.equal([]);
      });
    }
  }

  it('puts the button beside the text when wide, under it when narrow', async () => {
    const besides = async (width: number) => {
      const el = await render(width, '');
      const text = el.shadowRoot!.querySelector('.text')!.getBoundingClientRect();
      const button = el.shadowRoot!.querySelector('[part~="button"]')!.getBoundingClientRect();
      return button.left >= text.right;
    };
    expect(await besides(1280), 'at 1280 px').to.equal(true);
    expect(await besides(320), 'at 320 px').to.equal(false);
  });

  it('closes the popup with an icon button that has a name and a 44 px target', async () => {
    const el = await render(320, '', 'popup');
    await el.open();
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    await waitUntil(() => dialog.open);
    const close = el.shadowRoot!.querySelector<HTMLElement>('[part~="close"]')!;
    expect(close.getAttribute('aria-label')).to.equal('Close');
    expect(close.textContent!.trim()).to.equal('');
    const box = close.getBoundingClientRect();
    expect(Math.min(box.width, box.height)).to.be.at.least(44);
    expect(overflowing([dialog], dialog)).to.deep.equal([]);
    el.close();
  });
});
