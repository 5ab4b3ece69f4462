import { expect } from '@open-wc/testing';
import '../../src/components/booking-cta/booking-cta.js';
import type { OpsBookingCta } from '../../src/components/booking-cta/booking-cta.js';

// A page with several widgets must stay responsive while they start: the script's
// evaluation and each element's first render are separate tasks, not one long one.
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

  it('gives each element on the page a task of its own', async () => {
    const [first, second] = [add(), add()];
    await first.updateComplete;
    // The first one's update has just completed; the second one's task has not run yet.
    expect(rendered(first)).to.equal(true);
    expect(rendered(second), 'both rendered in one task').to.equal(false);
    await second.updateComplete;
    expect(rendered(second)).to.equal(true);
  });

  it('later updates stay immediate', async () => {
    const el = add();
    await el.updateComplete;
    el.setAttribute('href', 'https://cal.com/ops-partner/60min');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('a[href*="60min"], button')).to.not.equal(null);
  });
});
