import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/components/booking-cta/booking-cta.js';
import type { OpsBookingCta } from '../../../src/components/booking-cta/booking-cta.js';

const CAL = 'https://cal.com/ops-partner/30min';

describe('<ops-booking-cta>', () => {
  it('renders the default copy and a link to the scheduler', async () => {
    const el = await fixture<OpsBookingCta>(html`<ops-booking-cta href=${CAL}></ops-booking-cta>`);
    const root = el.shadowRoot!;
    expect(root.querySelector('[part~="heading"]')!.textContent).to.contain('Book a 30-min discovery call with the founder.');
    expect(root.textContent).to.contain('No deck. No demo.');
    const link = root.querySelector<HTMLAnchorElement>('a[part~="button"]')!;
    expect(link.href).to.equal(CAL);
    await expect(el).shadowDom.to.be.accessible();
  });
});
