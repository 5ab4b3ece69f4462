import { expect, waitUntil } from '@open-wc/testing';
import { closeFrames, frame } from './embed-helpers.js';

afterEach(closeFrames);

type Recorded = Window & { cspViolations: string[] };

/** Loads a fixture with two copies of the library and opens the booking popup. */
async function openPopup(fixture: string): Promise<Recorded> {
  const loaded = await frame(`/test/embed/fixtures/${fixture}`);
  const page = loaded.contentWindow as Recorded;
  const booking = loaded.contentDocument!.querySelector('ops-booking-cta')!;
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
