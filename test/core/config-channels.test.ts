import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/booking-cta/booking-cta.js';
import type { OpsBookingCta } from '../../src/components/booking-cta/booking-cta.js';
import type { OpsErrorDetail } from '../../src/core/events.js';

const CAL = 'https://cal.com/ops-partner/30min';
const button = (el: Element) => el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="button"]');
const alertText = (el: Element) => el.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? '';

describe('configuration channels for frameworks and server-rendered pages', () => {
  it('reads the `config` attribute as JSON, and falls back when it is removed', async () => {
    const json = JSON.stringify({ href: CAL, copy: { button: 'Talk to the operator' } });
    const el = await fixture<OpsBookingCta>(html`<ops-booking-cta config=${json}></ops-booking-cta>`);
    expect(button(el)!.href).to.equal(CAL);
    expect(button(el)!.textContent!.trim()).to.equal('Talk to the operator');
    el.setAttribute('href', CAL);
    el.removeAttribute('config');
    await el.updateComplete;
    expect(button(el)!.textContent!.trim()).to.equal('Book a discovery call');
  });

  it('takes JSON text given to the `config` property, as a framework that knows only attributes may do', async () => {
    const el = await fixture<OpsBookingCta>(html`<ops-booking-cta></ops-booking-cta>`);
    (el as { config: unknown }).config = JSON.stringify({ href: CAL });
    await el.updateComplete;
    expect(alertText(el)).to.equal('');
    expect(button(el)!.href).to.equal(CAL);
  });

  it('says what is wrong with a `config` attribute that is not JSON, naming an object set as an attribute', async () => {
    const errors: OpsErrorDetail[] = [];
    const el = document.createElement('ops-booking-cta');
    el.addEventListener('ops-error', (event) => errors.push(event.detail));
    el.setAttribute('config', '[object Object]');
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(alertText(el)).to.contain('config attribute').and.to.contain('set the `config` property');
      expect(errors[0]!.problems[0]!.path).to.equal('config attribute');
    } finally {
      el.remove();
    }
  });

  it('picks up a config property set before the element was defined, from another window too', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="A page that defines the element late"></iframe>`);
    const doc = frame.contentDocument!;
    const early = doc.createElement('ops-booking-cta') as HTMLElement & { config?: unknown };
    early.config = { href: CAL, copy: { button: 'Set before upgrade' } };
    doc.body.append(early);
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = new URL('/dist/ops-partner-widgets.js', location.href).href;
    doc.head.append(script);
    await waitUntil(() => early.shadowRoot?.querySelector('[part~="button"]'), 'the element did not upgrade', { timeout: 4000 });
    expect(early.shadowRoot!.querySelector('[part~="button"]')!.textContent!.trim()).to.equal('Set before upgrade');
  });
});
