import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/booking-cta/booking-cta.js';
import type { OpsBookingCta } from '../../../src/components/booking-cta/booking-cta.js';
import { resetPageContext } from '../../../src/components/booking-cta/page-context.js';
import type { OpsErrorDetail } from '../../../src/core/events.js';
import { countMessageListeners } from '../../core/controllers/window-listeners.js';
import { notesOf, recordFrameRequests, reportQuizResult } from './booking-test-helpers.js';

const CAL = 'https://cal.com/ops-partner/30min';
const FAKE = `${location.origin}/test/fixtures/fake-scheduler.html`;

const part = <T extends Element = HTMLElement>(el: OpsBookingCta, name: string) =>
  el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
const alertBox = (el: OpsBookingCta) => el.shadowRoot!.querySelector('[role="alert"]');

/** Posts a message to the page from inside the frame, as a framed scheduler would. */
function postFromFrame(frame: HTMLIFrameElement, message: unknown): void {
  const frameWindow = frame.contentWindow as Window & { Function: FunctionConstructor };
  new frameWindow.Function('message', 'parent.postMessage(message, "*")')(message);
}

describe('<ops-booking-cta>', () => {
  afterEach(() => {
    history.replaceState(null, '', location.pathname);
    resetPageContext();
  });

  describe('configuration layers', () => {
    it('falls back to the layer below when an attribute is removed', async () => {
      const el = await fixture<OpsBookingCta>(html`<ops-booking-cta href=${CAL} mode="popup" height="500"></ops-booking-cta>`);
      expect(part(el, 'button')!.getAttribute('aria-haspopup')).to.equal('dialog');
      el.removeAttribute('mode');
      el.removeAttribute('height');
      await el.updateComplete;
      expect(alertBox(el) === null, 'no error for a removed attribute').to.equal(true);
      expect(part(el, 'button')!.hasAttribute('aria-haspopup'), 'back to the default link mode').to.equal(false);
    });

    it('lets a removed flag stop overriding the JSON child', async () => {
      const el = await fixture<OpsBookingCta>(
        html`<ops-booking-cta new-tab>
          <script type="application/json">
            { "href": "${CAL}", "newTab": false }
          </script>
        </ops-booking-cta>`,
      );
      expect(part(el, 'button')!.getAttribute('target')).to.equal('_blank');
      el.removeAttribute('new-tab');
      await el.updateComplete;
      expect(part(el, 'button')!.hasAttribute('target')).to.equal(false);
    });

    it('treats config = null as no config', async () => {
      const el = await fixture<OpsBookingCta>(html`<ops-booking-cta></ops-booking-cta>`);
      el.config = { href: CAL, copy: { button: 'Talk to us' } };
      await el.updateComplete;
      el.config = null;
      el.setAttribute('href', CAL);
      await el.updateComplete;
      expect(alertBox(el) === null).to.equal(true);
      expect(part(el, 'button')!.textContent!.trim()).to.equal('Book a discovery call');
    });

    it('reports an attribute number that is not a number, quoting it', async () => {
      const el = await fixture<OpsBookingCta>(html`<ops-booking-cta href=${CAL} heading-level="two"></ops-booking-cta>`);
      expect(alertBox(el)!.textContent).to.contain('headingLevel').and.to.contain('"two"');
    });
  });

  it('sends no results from the button variant, which has no card to show them on', async () => {
    reportQuizResult();
    const el = await fixture<OpsBookingCta>(html`<ops-booking-cta href=${CAL} variant="button"></ops-booking-cta>`);
    expect(new URL(part<HTMLAnchorElement>(el, 'button')!.href).searchParams.has('notes')).to.equal(false);
  });

  it('knows a quiz result that was reported before it was added to the page', async () => {
    reportQuizResult();
    const el = await fixture<OpsBookingCta>(html`<ops-booking-cta href=${CAL}></ops-booking-cta>`);
    expect(part(el, 'context')!.textContent).to.contain('Vendor quiz (Acme): 5/21');
  });

  it('renders the default copy and a link to the scheduler', async () => {
    const el = await fixture<OpsBookingCta>(html`<ops-booking-cta href=${CAL}></ops-booking-cta>`);
    expect(part(el, 'heading')!.textContent).to.contain('Book a 30-min discovery call with the founder.');
    expect(el.shadowRoot!.textContent).to.contain('No deck. No demo.');
    expect(el.shadowRoot!.textContent).to.contain('Honest either way.');
    expect(part<HTMLAnchorElement>(el, 'button')!.href).to.equal(CAL);
    expect(el.shadowRoot!.querySelector('iframe') === null).to.equal(true);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('takes its link and label from a light-DOM <a> child', async () => {
    const el = await fixture<OpsBookingCta>(
      html`<ops-booking-cta><a href="https://calendly.com/ops/intro">Talk to us</a></ops-booking-cta>`,
    );
    const button = part<HTMLAnchorElement>(el, 'button')!;
    expect(button.href).to.equal('https://calendly.com/ops/intro');
    expect(button.textContent!.trim()).to.equal('Talk to us');
    expect(alertBox(el) === null).to.equal(true);
  });

  it('lets every string be replaced, by attribute or by config', async () => {
    const el = await fixture<OpsBookingCta>(
      html`<ops-booking-cta
        href=${CAL}
        heading="Talk to the operator"
        button-label="Pick a time"
        .config=${{ copy: { tagline: 'Thirty minutes, no slides.' } }}
      ></ops-booking-cta>`,
    );
    expect(part(el, 'heading')!.textContent).to.equal('Talk to the operator');
    expect(part(el, 'button')!.textContent!.trim()).to.equal('Pick a time');
    expect(el.shadowRoot!.textContent).to.contain('Thirty minutes, no slides.');
  });

  for (const href of ['javascript:alert(1)', 'data:text/html,hi', 'http://cal.com/a', 'ftp://files.example.com/x', '  ']) {
    it(`refuses href "${href}" with a visible error and an ops-error event`, async () => {
      const errors: OpsErrorDetail[] = [];
      const listener = (event: Event) => errors.push((event as CustomEvent<OpsErrorDetail>).detail);
      document.addEventListener('ops-error', listener);
      const el = await fixture<OpsBookingCta>(html`<ops-booking-cta href=${href}></ops-booking-cta>`);
      document.removeEventListener('ops-error', listener);
      expect(alertBox(el)!.textContent).to.contain('href');
      expect(alertBox(el)!.textContent).to.contain('https://');
      expect(el.shadowRoot!.querySelector('a[part~="button"]') === null).to.equal(true);
      expect(errors).to.have.length(1);
      expect(errors[0]!.element).to.equal('ops-booking-cta');
      expect(errors[0]!.problems[0]!.path).to.equal('href');
      await expect(el).shadowDom.to.be.accessible();
    });
  }

  it('reports a bad mode and unknown copy keys, then recovers when fixed', async () => {
    const el = await fixture<OpsBookingCta>(
      html`<ops-booking-cta href=${CAL} mode="modal" .config=${{ copy: { headline: 'x' } }}></ops-booking-cta>`,
    );
    const text = alertBox(el)!.textContent!;
    expect(text).to.contain('mode');
    expect(text).to.contain('"popup"');
    expect(text).to.contain('headline');
    el.mode = 'popup';
    el.config = {};
    await el.updateComplete;
    expect(alertBox(el) === null).to.equal(true);
    expect(part(el, 'button')).to.not.equal(null);
  });

  it('keeps showing the last working version when the config turns invalid', async () => {
    const el = await fixture<OpsBookingCta>(html`<ops-booking-cta href=${CAL}></ops-booking-cta>`);
    el.href = 'javascript:alert(1)';
    await el.updateComplete;
    expect(alertBox(el)!.textContent).to.contain('last working version');
    expect(part<HTMLAnchorElement>(el, 'button')!.href).to.equal(CAL);
  });

  it('reads full config from a JSON child and reports invalid JSON', async () => {
    const good = await fixture<OpsBookingCta>(
      html`<ops-booking-cta>
        <script type="application/json">
          { "href": "${CAL}", "variant": "button" }
        </script>
      </ops-booking-cta>`,
    );
    expect(part(good, 'button')).to.not.equal(null);
    expect(part(good, 'heading') === null).to.equal(true);
    const bad = await fixture<OpsBookingCta>(
      html`<ops-booking-cta href=${CAL}>
        <script type="application/json">
          { href: oops }
        </script>
      </ops-booking-cta>`,
    );
    expect(alertBox(bad)!.textContent).to.contain('not valid JSON');
  });

  it('shows hostile copy as text, never as markup', async () => {
    const el = await fixture<OpsBookingCta>(
      html`<ops-booking-cta href=${CAL} heading=${'<img src=x onerror=alert(1)>'}></ops-booking-cta>`,
    );
    expect(el.shadowRoot!.querySelector('img') === null).to.equal(true);
    expect(part(el, 'heading')!.textContent).to.equal('<img src=x onerror=alert(1)>');
  });

  it('passes the page utm_* parameters to the scheduler unless told not to', async () => {
    history.replaceState(null, '', `${location.pathname}?utm_source=substack&utm_campaign=notes&other=1`);
    const el = await fixture<OpsBookingCta>(html`<ops-booking-cta href=${CAL}></ops-booking-cta>`);
    const url = new URL(part<HTMLAnchorElement>(el, 'button')!.href);
    expect(url.searchParams.get('utm_source')).to.equal('substack');
    expect(url.searchParams.get('utm_campaign')).to.equal('notes');
    expect(url.searchParams.has('other')).to.equal(false);
    const optedOut = await fixture<OpsBookingCta>(html`<ops-booking-cta href=${CAL} no-utm></ops-booking-cta>`);
    expect(part<HTMLAnchorElement>(optedOut, 'button')!.href).to.equal(CAL);
  });

  it('prefills name, email and notes for Cal.com', async () => {
    const el = await fixture<OpsBookingCta>(
      html`<ops-booking-cta href=${CAL} name="Ada" email="ada@example.com" notes="Three pipelines"></ops-booking-cta>`,
    );
    const url = new URL(part<HTMLAnchorElement>(el, 'button')!.href);
    expect(url.searchParams.get('name')).to.equal('Ada');
    expect(url.searchParams.get('email')).to.equal('ada@example.com');
    expect(url.searchParams.get('notes')).to.equal('Three pipelines');
  });

  it('adds the reader quiz result to the notes, shows it, and lets the reader leave it out', async () => {
    const el = await fixture<OpsBookingCta>(html`<ops-booking-cta href=${CAL}></ops-booking-cta>`);
    reportQuizResult();
    await el.updateComplete;
    const line = 'Vendor quiz (Acme): 5/21, Customer-to-hostage risk';
    expect(part(el, 'context')!.textContent).to.contain(line);
    expect(new URL(part<HTMLAnchorElement>(el, 'button')!.href).searchParams.get('notes')).to.equal(line);
    await expect(el).shadowDom.to.be.accessible();

    const toggle = part(el, 'context')!.querySelector('button')!;
    expect(toggle.textContent!.trim()).to.equal('Leave this out');
    toggle.click();
    await el.updateComplete;
    expect(new URL(part<HTMLAnchorElement>(el, 'button')!.href).searchParams.has('notes')).to.equal(false);
    expect(part(el, 'context')!.textContent, 'still shown, so the reader can change their mind').to.contain(line);
    expect(toggle.textContent!.trim()).to.equal('Add my results to the booking');
    toggle.click();
    await el.updateComplete;
    expect(new URL(part<HTMLAnchorElement>(el, 'button')!.href).searchParams.get('notes')).to.equal(line);

    const optedOut = await fixture<OpsBookingCta>(html`<ops-booking-cta href=${CAL} no-context></ops-booking-cta>`);
    expect(part(optedOut, 'context') === null, 'no context box').to.equal(true);
  });

  it('in link mode fires ops-booking-open and can open a new tab, saying so to screen readers', async () => {
    const el = await fixture<OpsBookingCta>(html`<ops-booking-cta href=${CAL} new-tab no-context></ops-booking-cta>`);
    const button = part<HTMLAnchorElement>(el, 'button')!;
    expect(button.target).to.equal('_blank');
    expect(button.rel).to.contain('noopener');
    expect(button.textContent).to.contain('opens in a new tab');
    button.addEventListener('click', (event) => event.preventDefault(), { once: true });
    setTimeout(() => button.click());
    const event = await oneEvent(el, 'ops-booking-open');
    expect(event.detail).to.deep.equal({ mode: 'link', url: CAL });
  });

  describe('popup mode', () => {
    it('creates the frame on first open only, moves focus in, closes with Escape and returns focus', async () => {
      const el = await fixture<OpsBookingCta>(
        html`<ops-booking-cta href=${FAKE} scheduler="calcom" mode="popup"></ops-booking-cta>`,
      );
      const dialog = part<HTMLDialogElement>(el, 'dialog')!;
      expect(el.shadowRoot!.querySelector('iframe') === null).to.equal(true);
      expect(dialog.open).to.equal(false);

      const button = part<HTMLButtonElement>(el, 'button')!;
      expect(button.localName).to.equal('button');
      button.focus();
      setTimeout(() => sendKeys({ press: 'Enter' }));
      const opened = await oneEvent(el, 'ops-booking-open');
      await el.updateComplete;
      expect(opened.detail.mode).to.equal('popup');
      expect(new URL(opened.detail.url).searchParams.get('embedType')).to.equal('modal');
      await waitUntil(() => dialog.open, 'dialog did not open');
      const frame = el.shadowRoot!.querySelector('iframe')!;
      expect(frame.title).to.contain('scheduler');
      expect(dialog.contains(el.shadowRoot!.activeElement)).to.equal(true);
      expect(dialog.textContent).to.contain('Open the scheduler in a new tab');
      await expect(el).shadowDom.to.be.accessible();

      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.open, 'Escape did not close the dialog');
      await waitUntil(() => el.shadowRoot!.activeElement === button, 'focus did not return to the button');

      button.click();
      await waitUntil(() => dialog.open);
      expect(el.shadowRoot!.querySelectorAll('iframe')).to.have.length(1);
      expect(el.shadowRoot!.querySelector('iframe') === frame, 'the same frame').to.equal(true);
      part(el, 'close')!.click();
      await waitUntil(() => !dialog.open, 'the close button did not close the dialog');
    });

    it('opens the dialog in the same click, saying it is loading, and adds the frame after it has painted', async () => {
      const el = await fixture<OpsBookingCta>(html`<ops-booking-cta href=${FAKE} mode="popup"></ops-booking-cta>`);
      const dialog = part<HTMLDialogElement>(el, 'dialog')!;
      part<HTMLButtonElement>(el, 'button')!.click();
      expect(dialog.open, 'open as the click returns').to.equal(true);
      expect(el.shadowRoot!.querySelector('iframe') === null, 'no frame yet').to.equal(true);
      expect(dialog.querySelector('[role="status"]')!.textContent).to.contain('Loading the scheduler');
      await waitUntil(() => el.shadowRoot!.querySelector('iframe'), 'the frame never came');
      el.close();
    });

    it('loads nothing when the reader closes the dialog before the frame was created', async () => {
      const el = await fixture<OpsBookingCta>(html`<ops-booking-cta href=${FAKE} mode="popup"></ops-booking-cta>`);
      let opened = 0;
      el.addEventListener('ops-booking-open', () => opened++);
      const opening = el.open();
      el.close();
      await opening;
      expect(el.shadowRoot!.querySelector('iframe') === null, 'no frame').to.equal(true);
      expect(opened).to.equal(0);
    });

    it('opens from script before its first render', async () => {
      const el = document.createElement('ops-booking-cta') as OpsBookingCta;
      el.setAttribute('href', FAKE);
      el.setAttribute('mode', 'popup');
      document.body.append(el);
      try {
        await el.open();
        expect(part<HTMLDialogElement>(el, 'dialog')!.open).to.equal(true);
        expect(el.shadowRoot!.querySelector('iframe')!.src).to.contain('fake-scheduler');
      } finally {
        el.remove();
      }
    });

    it('listens for scheduler messages only once the reader opened the scheduler', async () => {
      await countMessageListeners(async (counts) => {
        const el = await fixture<OpsBookingCta>(html`<ops-booking-cta href=${FAKE} mode="popup"></ops-booking-cta>`);
        expect(counts.added, 'before the frame exists').to.equal(0);
        await el.open();
        expect(counts.added).to.equal(1);
        el.close();
        el.remove();
        expect(counts.removed).to.equal(1);
      });
    });

    it('shows a loading state until the scheduler has loaded', async () => {
      const el = await fixture<OpsBookingCta>(html`<ops-booking-cta href=${FAKE} mode="popup"></ops-booking-cta>`);
      await el.open();
      expect(el.shadowRoot!.querySelector('.loading')!.textContent).to.contain('Loading');
      await waitUntil(() => !el.shadowRoot!.querySelector('.loading'), 'loading state never cleared');
    });

    it('reports a booking posted by the framed scheduler, and ignores other windows', async () => {
      const el = await fixture<OpsBookingCta>(
        html`<ops-booking-cta href=${FAKE} scheduler="calcom" mode="popup"></ops-booking-cta>`,
      );
      await el.open();
      const frame = el.shadowRoot!.querySelector('iframe')!;
      await waitUntil(() => frame.contentDocument?.readyState === 'complete' && frame.contentDocument.body);
      let scheduled = 0;
      el.addEventListener('ops-booking-scheduled', () => scheduled++);
      window.postMessage({ originator: 'CAL', type: 'bookingSuccessful' }, '*');
      postFromFrame(frame, { originator: 'CAL', type: 'bookingViewed' });
      await aTimeout(50);
      expect(scheduled).to.equal(0);

      postFromFrame(frame, { originator: 'CAL', type: 'bookingSuccessful', data: { uid: 'x' } });
      const event = await oneEvent(el, 'ops-booking-scheduled');
      expect(event.detail.scheduler).to.equal('calcom');
      expect(el.shadowRoot!.querySelector('[role="status"].status')!.textContent).to.contain('Booked');
    });
  });

  describe('inline mode', () => {
    it('creates the frame only when scrolled near, at the configured height', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <div style="height: 4000px"></div>
          <ops-booking-cta href=${FAKE} mode="inline" height="500"></ops-booking-cta>
        </div>`,
      );
      const el = wrapper.querySelector('ops-booking-cta')!;
      await el.updateComplete;
      await aTimeout(100);
      expect(el.shadowRoot!.querySelector('iframe') === null).to.equal(true);
      const area = el.shadowRoot!.querySelector<HTMLElement>('.inline')!;
      expect(area.getBoundingClientRect().height).to.equal(500);
      area.scrollIntoView();
      await waitUntil(() => el.shadowRoot!.querySelector('iframe'), 'frame was not created when scrolled near');
      expect(new URL(el.shadowRoot!.querySelector('iframe')!.src).pathname).to.equal('/test/fixtures/fake-scheduler.html');
      window.scrollTo(0, 0);
    });
  });

  describe('privacy: what the scheduler is asked for, before and after each reader action', () => {
    const scrollNear = async (el: OpsBookingCta) => {
      el.shadowRoot!.querySelector('.inline')!.scrollIntoView();
      await waitUntil(() => el.shadowRoot!.querySelector('iframe'), 'frame was not created when scrolled near');
    };
    const page = (mode: string) =>
      html`<div>
        <div style="height: 4000px"></div>
        <ops-booking-cta href=${FAKE} scheduler="calcom" mode=${mode}></ops-booking-cta>
      </div>`;
    const mount = async (mode: string) => {
      const line = reportQuizResult();
      const el = (await fixture<HTMLDivElement>(page(mode))).querySelector('ops-booking-cta')!;
      await el.updateComplete;
      return { el, line, requests: recordFrameRequests(el.shadowRoot!) };
    };
    afterEach(() => window.scrollTo(0, 0));

    it('link: nothing until the reader clicks, then the link with their results', async () => {
      const { el, line, requests } = await mount('link');
      part(el, 'button')!.scrollIntoView();
      await el.updateComplete;
      expect(requests.urls, 'before the click').to.deep.equal([]);
      const button = part<HTMLAnchorElement>(el, 'button')!;
      button.addEventListener('click', (event) => event.preventDefault(), { once: true });
      setTimeout(() => button.click());
      const opened = await oneEvent(el, 'ops-booking-open');
      expect(notesOf(opened.detail.url)).to.equal(line);
      expect(requests.urls, 'a link frames nothing').to.deep.equal([]);
      requests.stop();
    });

    it('popup: nothing until the reader opens it, then one frame with the results shown beside the button', async () => {
      const { el, line, requests } = await mount('popup');
      part(el, 'button')!.scrollIntoView();
      await el.updateComplete;
      expect(requests.urls, 'before the click').to.deep.equal([]);
      part(el, 'button')!.click();
      await waitUntil(() => requests.urls.length === 1, 'no frame after the click');
      expect(notesOf(requests.urls[0]!)).to.equal(line);
      requests.stop();
    });

    it('inline: nothing while far away, the scheduler without results when near, the results only when the reader adds them', async () => {
      const { el, line, requests } = await mount('inline');
      expect(requests.urls, 'far from the viewport').to.deep.equal([]);
      await scrollNear(el);
      await waitUntil(() => requests.urls.length === 1);
      expect(notesOf(requests.urls[0]!), 'loaded near the viewport, without the reader results').to.equal(null);
      const toggle = part(el, 'context')!.querySelector('button')!;
      expect(toggle.textContent!.trim()).to.equal('Add my results to the booking');

      const first = el.shadowRoot!.querySelector('iframe');
      toggle.click();
      await waitUntil(() => requests.urls.length === 2, 'adding the results did not reload the scheduler');
      expect(notesOf(requests.urls[1]!)).to.equal(line);
      expect(el.shadowRoot!.querySelectorAll('iframe')).to.have.length(1);
      // A changed src would add an entry to the page's history; a new frame does not.
      expect(el.shadowRoot!.querySelector('iframe') !== first, 'a new frame').to.equal(true);

      toggle.click();
      await waitUntil(() => requests.urls.length === 3, 'leaving the results out did not reload the scheduler');
      expect(notesOf(requests.urls[2]!)).to.equal(null);
      requests.stop();
    });
  });

  for (const blank of [' ', '\u200B', '\u00A0\u2060']) {
    it(`refuses the invisible label ${JSON.stringify(blank)}, naming where it is`, async () => {
      const el = await fixture<OpsBookingCta>(
        html`<ops-booking-cta href=${CAL} button-label=${blank} .config=${{ copy: { heading: blank } }}></ops-booking-cta>`,
      );
      const text = alertBox(el)!.textContent!;
      expect(text).to.contain('copy.button').and.contain('copy.heading').and.contain('must contain visible text');
    });
  }

  it('opens the popup with Space as well as Enter, from a real button', async () => {
    const el = await fixture<OpsBookingCta>(html`<ops-booking-cta href=${FAKE} mode="popup"></ops-booking-cta>`);
    part(el, 'button')!.focus();
    // ' ', not 'Space': Firefox's WebDriver BiDi keyboard knows only the character.
    await sendKeys({ press: ' ' });
    await waitUntil(() => part<HTMLDialogElement>(el, 'dialog')!.open, 'Space did not open the dialog');
    expect(part(el, 'close')!.getAttribute('aria-label')).to.equal('Close');
    el.close();
  });

  it('renders the button alone in the button variant', async () => {
    const el = await fixture<OpsBookingCta>(html`<ops-booking-cta href=${CAL} variant="button"></ops-booking-cta>`);
    expect(part(el, 'button')).to.not.equal(null);
    expect(part(el, 'card') === null).to.equal(true);
  });

  it('follows the theme attribute', async () => {
    const el = await fixture<OpsBookingCta>(html`<ops-booking-cta href=${CAL} theme="dark"></ops-booking-cta>`);
    const bg = getComputedStyle(part(el, 'card')!).backgroundColor;
    expect(bg).to.equal('rgb(22, 25, 29)');
    await expect(el).shadowDom.to.be.accessible();
  });
});
