import { expect, waitUntil } from '@open-wc/testing';
import { closeFrames, frame } from './embed-helpers.js';

type Recorded = Window & { cspViolations: string[] };
type Booking = Element & { close(): void };

let opened: Booking | undefined;
// The popup is closed before its page goes: WebKit's driver can stall on the next navigation
// when a frame is removed with a modal dialog still open in it.
afterEach(() => {
  opened?.close();
  opened = undefined;
  closeFrames();
});

/** Loads a fixture with two copies of the library and opens the booking popup. */
async function openPopup(fixture: string): Promise<Recorded> {
  const loaded = await frame(`/test/embed/fixtures/${fixture}`);
  const page = loaded.contentWindow as Recorded;
  const booking = loaded.contentDocument!.querySelector<Booking>('ops-booking-cta')!;
  opened = booking;
  await waitUntil(() => booking.shadowRoot?.querySelector('[part~="button"]'), 'not rendered');
  booking.shadowRoot!.querySelector<HTMLElement>('[part~="button"]')!.click();
  await waitUntil(() => booking.shadowRoot!.querySelector('iframe'), 'no scheduler frame');
  return page;
}

describe('the CSP directives docs/embedding.md gives for the library', () => {
  it('cause no violation with two copies loaded and the popup scheduler framed', async () => {
    const page = await openPopup('csp-documented.html');
    await waitUntil(
      () => page.document.querySelector('ops-booking-cta')!.shadowRoot!.querySelector('iframe')!.contentDocument?.body,
      'frame not loaded',
    );
    expect(page.cspViolations).to.deep.equal([]);
  });

  it('are each needed: without allow-duplicates the second copy is refused, without frame-src the scheduler', async () => {
    const page = await openPopup('csp-missing.html');
    await waitUntil(() => page.cspViolations.some((line) => line.startsWith('frame-src')), 'scheduler frame not refused');
    expect(page.cspViolations.some((line) => line.startsWith('trusted-types'))).to.equal(true);
  });
});
