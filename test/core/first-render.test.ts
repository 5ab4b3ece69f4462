import { expect } from '@open-wc/testing';
import { html } from 'lit';
import * as z from 'zod/mini';
import '../../src/components/booking-cta/booking-cta.js';
import type { OpsBookingCta } from '../../src/components/booking-cta/booking-cta.js';
import { OpsElement } from '../../src/core/ops-element.js';

/** An element whose render takes 40 ms, more than a task should spend on first renders. */
class SlowCard extends OpsElement<object> {
  protected readonly configSchema = z.object({});
  protected defaultConfig(): unknown {
    return {};
  }
  protected renderContent() {
    const until = performance.now() + 40;
    while (performance.now() < until);
    return html`<div class="card">slow</div>`;
  }
}
customElements.define('ops-test-slow-card', SlowCard);

// A page with several widgets must stay responsive while they start: the script's
// evaluation and the elements' first renders are separate tasks, not one long one.
describe('first render', () => {
  const added: Element[] = [];
  const add = () => {
    const el = document.createElement('ops-booking-cta') as OpsBookingCta;
    el.setAttribute('href', 'https://cal.com/ops-partner/30min');
    document.body.append(el);
    added.push(el);
    return el;
  };
  const rendered = (el: OpsBookingCta) => Boolean(el.shadowRoot?.querySelector('.card'));
  afterEach(() => added.splice(0).forEach((el) => el.remove()));

  it('does not happen in the task that added the element', async () => {
    const el = add();
    for (let turn = 0; turn < 10; turn++) await Promise.resolve();
    expect(rendered(el), 'rendered within the same task').to.equal(false);
    await el.updateComplete;
    expect(rendered(el)).to.equal(true);
  });

  it('yields to the page between elements that take long to render', async () => {
    const [first, second] = [new SlowCard(), new SlowCard()];
    document.body.append(first, second);
    added.push(first, second);
    await first.updateComplete;
    // The first one's update has just completed; the second one's waits for a later task.
    expect(Boolean(first.shadowRoot!.querySelector('.card'))).to.equal(true);
    expect(second.shadowRoot?.querySelector('.card') ?? null, 'both rendered in one task').to.equal(null);
    await second.updateComplete;
    expect(Boolean(second.shadowRoot!.querySelector('.card'))).to.equal(true);
  });

  it('later updates stay immediate', async () => {
    const el = add();
    await el.updateComplete;
    el.setAttribute('href', 'https://cal.com/ops-partner/60min');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('a[href*="60min"], button')).to.not.equal(null);
  });
});
