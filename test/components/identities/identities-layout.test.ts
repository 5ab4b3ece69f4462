import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/identities/identities.js';
import type { OpsIdentities } from '../../../src/components/identities/identities.js';
import { overflowing, pageFonts, wordsSplitAcrossLines } from '../../layout-helpers.js';

async function render(width: number, style: string): Promise<OpsIdentities> {
  const box = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px; ${style}"><ops-identities></ops-identities></div>`,
  );
  const el = box.querySelector('ops-identities')!;
  await el.updateComplete;
  return el;
}

describe('<ops-identities> layout', () => {
  for (const width of [320, 375, 768, 1280]) {
    for (const font of pageFonts) {
      it(`at ${width} px with ${font.name}: no word split in tabs, headers or heading, nothing overflows`, async () => {
        const el = await render(width, font.style);
        const root = el.shadowRoot!;
        expect(wordsSplitAcrossLines(root.querySelectorAll('[role="tab"], thead th, [part~="heading"], tbody th'))).to.deep.equal(
          [],
        );
        expect(
          overflowing(
            root.querySelectorAll('[part~="base"], [role="tablist"], [role="tab"], table, [role="tabpanel"]'),
            el.parentElement!,
          ),
        ).to.deep.equal([]);
        expect(el.parentElement!.scrollWidth).to.be.at.most(width);
      });
    }
  }

  it('shows the selected tab and the highlighted one differently, and the selection bar stays below the label', async () => {
    const el = await render(320, '');
    const [selected, , highlighted] = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')];
    const look = (tab: HTMLElement) => {
      const style = getComputedStyle(tab);
      return `${style.color} ${style.boxShadow} ${style.backgroundColor}`;
    };
    expect(look(highlighted!)).to.not.equal(look(selected!));
    expect(getComputedStyle(selected!).textDecorationLine).to.equal('none');
    const badge = highlighted!.querySelector('.badge')!;
    expect(badge.getBoundingClientRect().bottom, 'badge inside the tab').to.be.at.most(
      highlighted!.getBoundingClientRect().bottom - 3,
    );
    expect(parseFloat(getComputedStyle(badge).fontSize)).to.be.at.least(12);
  });
});
