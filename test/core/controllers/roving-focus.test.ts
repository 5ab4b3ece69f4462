import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, html } from 'lit';
import { RovingFocusController } from '../../../src/core/controllers/roving-focus.js';

/** Three buttons; only the current one is in the Tab order. */
class RovingRow extends LitElement {
  static override properties = { current: { state: true } };
  declare current: number;
  moves: number[] = [];
  readonly focus_ = new RovingFocusController(
    this,
    () => [...this.renderRoot.querySelectorAll('button')],
    (index) => {
      this.moves.push(index);
      this.current = index;
    },
  );
  constructor() {
    super();
    this.current = 0;
  }
  override render() {
    return html`<div @keydown=${this.focus_.keydown}>
      ${[0, 1, 2].map((index) => html`<button id="b${index}" tabindex=${index === this.current ? 0 : -1}>${index}</button>`)}
    </div>`;
  }
}
customElements.define('test-roving-row', RovingRow);

const focused = (row: RovingRow) => row.shadowRoot!.activeElement?.id ?? 'nothing';

async function press(row: RovingRow, key: string): Promise<string> {
  await sendKeys({ press: key });
  await row.updateComplete;
  return focused(row);
}

describe('RovingFocusController', () => {
  it('moves with the arrows, wrapping, and to the ends with Home and End', async () => {
    const row = await fixture<RovingRow>(testHtml`<test-roving-row></test-roving-row>`);
    row.shadowRoot!.querySelector<HTMLElement>('#b0')!.focus();
    expect(await press(row, 'ArrowRight')).to.equal('b1');
    expect(await press(row, 'ArrowRight')).to.equal('b2');
    expect(await press(row, 'ArrowRight'), 'wraps to the start').to.equal('b0');
    expect(await press(row, 'ArrowLeft'), 'wraps to the end').to.equal('b2');
    expect(await press(row, 'Home')).to.equal('b0');
    expect(await press(row, 'End')).to.equal('b2');
    expect(row.moves).to.deep.equal([1, 2, 0, 2, 0, 2]);
    expect(row.shadowRoot!.querySelector('#b2')!.getAttribute('tabindex')).to.equal('0');
  });

  it('moves forward with the left arrow in right-to-left text', async () => {
    const row = await fixture<RovingRow>(testHtml`<test-roving-row dir="rtl"></test-roving-row>`);
    row.shadowRoot!.querySelector<HTMLElement>('#b0')!.focus();
    expect(await press(row, 'ArrowLeft')).to.equal('b1');
    expect(await press(row, 'ArrowRight')).to.equal('b0');
  });

  it('leaves other keys and modified arrows to the browser', async () => {
    const row = await fixture<RovingRow>(testHtml`<test-roving-row></test-roving-row>`);
    row.shadowRoot!.querySelector<HTMLElement>('#b0')!.focus();
    const event = new KeyboardEvent('keydown', {
      key: 'ArrowRight',
      altKey: true,
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    row.shadowRoot!.querySelector('#b0')!.dispatchEvent(event);
    row
      .shadowRoot!.querySelector('#b0')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, cancelable: true }));
    expect(event.defaultPrevented).to.equal(false);
    expect(row.moves).to.deep.equal([]);
  });
});
