import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../src/components/identities/identities.js';
import '../../../src/components/booking-cta/booking-cta.js';
import type { OpsIdentities } from '../../../src/components/identities/identities.js';
import type { OpsErrorDetail } from '../../../src/core/events.js';

/** Renders the element inside a box of the given width, as a host page column would. */
async function render(width: number, content = html`<ops-identities></ops-identities>`): Promise<OpsIdentities> {
  const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${content}</div>`);
  const el = box.querySelector('ops-identities')!;
  await el.updateComplete;
  return el;
}

function part(el: OpsIdentities, selector: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

// Assertions compare strings, never DOM nodes: the runner hangs serialising a failing node.
const isDisplayed = (node: Element) => node.getClientRects().length > 0;
const textOf = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();
/** Only what is rendered on screen, unlike textContent. */
const shownText = (node: Element) => (node as HTMLElement).innerText.replace(/\s+/g, ' ').trim();
/** Each body row as "label cell cell…", the way a reader scans it. */
const rowTexts = (el: OpsIdentities) =>
  [...el.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr')].map((row) => [...row.cells].map(textOf).join(' '));
const tabs = (el: OpsIdentities) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')];
const visiblePanel = (el: OpsIdentities) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tabpanel"]')].filter(isDisplayed);

function expectNoHorizontalOverflow(el: OpsIdentities): void {
  const box = el.parentElement!;
  expect(el.scrollWidth, 'element scrollWidth').to.be.at.most(el.clientWidth);
  expect(box.scrollWidth, 'container scrollWidth').to.be.at.most(box.clientWidth);
  for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>(
    '[part~="base"], [role="tablist"], [role="tab"], [role="tabpanel"], table',
  )) {
    if (!isDisplayed(node)) continue;
    expect(node.getBoundingClientRect().right, `${node.tagName} right edge`).to.be.at.most(
      box.getBoundingClientRect().right + 0.5,
    );
  }
}

describe('<ops-identities>', () => {
  describe('wide layout', () => {
    it('shows the default comparison as a table with caption and header scopes, and no tabs', async () => {
      const el = await render(1000);
      expect(textOf(part(el, '[part~="heading"]'))).to.equal('Vendor, consultant or Operations Partner?');
      const table = part(el, 'table');
      expect(isDisplayed(table)).to.be.true;
      expect(isDisplayed(part(el, '[role="tablist"]'))).to.be.false;
      expect(textOf(table.querySelector('caption')!)).to.not.equal('');
      const columnHeaders = [...table.querySelectorAll('thead th')];
      expect(columnHeaders.map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col']);
      expect(columnHeaders.map(textOf)).to.deep.equal(['Vendor', 'Consultant', 'Operations Partner Harder to displace']);
      const rowHeaders = [...table.querySelectorAll('tbody th[scope="row"]')].map(textOf);
      expect(rowHeaders).to.include.members(['What they sell', 'Who runs it at 3am', 'When it is the right choice']);
      expect(rowHeaders.length).to.be.at.least(7);
      expect(textOf(table)).to.contain('platform engineer');
      expectNoHorizontalOverflow(el);
    });

    it('passes axe checks, in light and dark themes', async () => {
      const light = await render(1000);
      await expect(light).shadowDom.to.be.accessible();
      const dark = await render(1000, html`<ops-identities theme="dark"></ops-identities>`);
      await expect(dark).shadowDom.to.be.accessible();
    });

    it('switches to tabs when its own box narrows, whatever the viewport width', async () => {
      const el = await render(1000);
      el.parentElement!.style.width = '320px';
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(isDisplayed(part(el, 'table'))).to.be.false;
      expect(isDisplayed(part(el, '[role="tablist"]'))).to.be.true;
    });

    it('keeps its full width on a page that centres its blocks with flexbox', async () => {
      const box = await fixture<HTMLDivElement>(
        html`<div style="display: flex; flex-direction: column; align-items: center; width: 900px">
          <ops-identities></ops-identities>
        </div>`,
      );
      const el = box.querySelector('ops-identities')!;
      await el.updateComplete;
      expect(el.getBoundingClientRect().width).to.equal(900);
      expect(isDisplayed(part(el, 'table'))).to.be.true;
    });

    it('prints the table even from a narrow box', async function () {
      // Print emulation needs the Chrome DevTools Protocol; Firefox and WebKit are driven without it.
      if (!navigator.userAgent.includes('Chrome/')) this.skip();
      const el = await render(320);
      await emulateMedia({ media: 'print' });
      try {
        expect(isDisplayed(part(el, 'table'))).to.be.true;
        expect(isDisplayed(part(el, '[role="tablist"]'))).to.be.false;
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('narrow layout (320px)', () => {
    it('shows tabs with the first identity selected, hides the table, and does not overflow', async () => {
      const el = await render(320);
      expect(isDisplayed(part(el, 'table'))).to.be.false;
      expect(tabs(el).map(textOf)).to.deep.equal(['Vendor', 'Consultant', 'Operations Partner Harder to displace']);
      expect(tabs(el).map((tab) => tab.getAttribute('aria-selected'))).to.deep.equal(['true', 'false', 'false']);
      expect(tabs(el).map((tab) => tab.tabIndex)).to.deep.equal([0, -1, -1]);
      const panels = visiblePanel(el);
      expect(panels).to.have.length(1);
      expect(panels[0]!.getAttribute('aria-labelledby')).to.equal(tabs(el)[0]!.id);
      expect(textOf(panels[0]!)).to.contain('Who runs it at 3am').and.contain('Your team, with a support ticket.');
      expectNoHorizontalOverflow(el);
    });

    it('does not overflow with long unbroken words either', async () => {
      const config = {
        columns: [
          { id: 'a', name: 'Supercalifragilisticexpialidociousvendor' },
          { id: 'b', name: 'Pneumonoultramicroscopicconsultant' },
        ],
        rows: [{ label: 'Antidisestablishmentarianism', cells: { a: 'x'.repeat(120), b: 'y' } }],
        highlight: 'b',
      };
      const el = await render(320, html`<ops-identities .config=${config}></ops-identities>`);
      expectNoHorizontalOverflow(el);
    });

    it('passes axe checks, in light and dark themes', async () => {
      const light = await render(320);
      await expect(light).shadowDom.to.be.accessible();
      const dark = await render(320, html`<ops-identities theme="dark" selected="partner"></ops-identities>`);
      await expect(dark).shadowDom.to.be.accessible();
    });

    it('moves selection and focus with arrow keys, Home and End, wrapping around', async () => {
      const el = await render(320);
      tabs(el)[0]!.focus();
      const focusedTab = () => el.shadowRoot!.activeElement?.id ?? 'nothing';

      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(focusedTab()).to.equal('tab-1');
      expect(tabs(el)[1]!.getAttribute('aria-selected')).to.equal('true');
      expect(tabs(el).map((tab) => tab.tabIndex)).to.deep.equal([-1, 0, -1]);
      expect(textOf(visiblePanel(el)[0]!)).to.contain('Your team. The consultants have left.');

      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(focusedTab()).to.equal('tab-2');
      expect(textOf(visiblePanel(el)[0]!)).to.contain('Hire a platform engineer instead.');

      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(focusedTab()).to.equal('tab-0');

      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(focusedTab()).to.equal('tab-2');

      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(focusedTab()).to.equal('tab-0');
      expect(tabs(el)[0]!.getAttribute('aria-selected')).to.equal('true');
      expect(el.selected).to.equal('vendor');
    });

    it('leaves Tab to move focus into the panel, and selects a tab on click', async () => {
      const el = await render(320);
      tabs(el)[1]!.click();
      await el.updateComplete;
      expect(tabs(el)[1]!.getAttribute('aria-selected')).to.equal('true');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.id).to.equal(visiblePanel(el)[0]!.id);
    });

    it('opens on the column named by the selected attribute', async () => {
      const el = await render(320, html`<ops-identities selected="partner"></ops-identities>`);
      expect(tabs(el)[2]!.getAttribute('aria-selected')).to.equal('true');
      expect(textOf(visiblePanel(el)[0]!)).to.contain('Shadow Mode first');
    });
  });

  describe('highlight', () => {
    it('marks the Operations Partner column by default with a text label and a thicker border', async () => {
      const el = await render(1000);
      const headers = [...el.shadowRoot!.querySelectorAll('thead th')];
      expect(shownText(headers[2]!)).to.equal('Operations Partner Harder to displace');
      expect(shownText(headers[0]!)).to.equal('Vendor');
      const marked = el.shadowRoot!.querySelector('tbody td.highlight')!;
      const plain = el.shadowRoot!.querySelector('tbody td:not(.highlight)')!;
      expect(parseFloat(getComputedStyle(marked).borderLeftWidth)).to.be.at.least(2);
      expect(parseFloat(getComputedStyle(plain).borderLeftWidth)).to.equal(0);
    });

    it('includes the label in the highlighted tab, so screen readers announce it', async () => {
      const el = await render(320);
      expect(shownText(tabs(el)[2]!)).to.equal('Operations Partner Harder to displace');
      expect(shownText(tabs(el)[0]!)).to.equal('Vendor');
    });

    it('follows the highlight attribute, and an empty one marks nothing', async () => {
      const el = await render(1000, html`<ops-identities highlight="vendor"></ops-identities>`);
      const headers = () => [...el.shadowRoot!.querySelectorAll('thead th')].map(shownText);
      expect(headers()).to.deep.equal(['Vendor Harder to displace', 'Consultant', 'Operations Partner']);
      el.setAttribute('highlight', '');
      await el.updateComplete;
      expect(headers()).to.deep.equal(['Vendor', 'Consultant', 'Operations Partner']);
      expect(el.shadowRoot!.querySelector('.highlight')?.outerHTML).to.equal(undefined);
    });

    it('reports a highlight that names no column', async () => {
      const el = await render(1000);
      const reported = oneEvent(el, 'ops-error');
      el.highlight = 'nobody';
      const event = await reported;
      expect(event.detail.problems.map((problem: { path: string }) => problem.path)).to.include('highlight');
      expect(textOf(part(el, '[role="alert"]'))).to.contain('highlight');
    });
  });

  describe('custom content', () => {
    const twoColumns = {
      columns: [
        { id: 'in-house', name: 'In-house team' },
        { id: 'partner', name: 'Operations Partner' },
      ],
      rows: [
        { label: 'Hiring time', cells: { 'in-house': 'Months', partner: 'Weeks' } },
        { label: 'On call', cells: { 'in-house': 'Your rota', partner: 'Theirs' } },
      ],
      copy: { heading: 'In-house or partner?', highlightLabel: 'Recommended' },
    };

    it('renders rows, columns and copy from the config property', async () => {
      const el = await render(1000, html`<ops-identities .config=${twoColumns}></ops-identities>`);
      expect(textOf(part(el, '[part~="heading"]'))).to.equal('In-house or partner?');
      expect([...el.shadowRoot!.querySelectorAll('thead th')].map(textOf)).to.deep.equal([
        'In-house team',
        'Operations Partner Recommended',
      ]);
      expect(rowTexts(el)).to.deep.equal(['Hiring time Months Weeks', 'On call Your rota Theirs']);
    });

    it('sets the heading level from its attribute', async () => {
      const el = await render(1000, html`<ops-identities heading-level="3"></ops-identities>`);
      const heading = part(el, '[part~="heading"]');
      expect(heading.getAttribute('role')).to.equal('heading');
      expect(heading.getAttribute('aria-level')).to.equal('3');
    });

    it('takes content from a JSON child, with attributes winning over it', async () => {
      const el = await render(
        1000,
        html`<ops-identities heading="From the attribute">
          <script type="application/json">
            ${JSON.stringify(twoColumns)}
          </script>
        </ops-identities>`,
      );
      expect(textOf(part(el, '[part~="heading"]'))).to.equal('From the attribute');
      expect(el.shadowRoot!.querySelectorAll('thead th')).to.have.length(2);
    });

    it('lets a host keep the default rows while dropping a column', async () => {
      const config = {
        columns: [
          { id: 'vendor', name: 'Vendor' },
          { id: 'partner', name: 'Operations Partner' },
        ],
      };
      const el = await render(1000, html`<ops-identities .config=${config}></ops-identities>`);
      expect(el.shadowRoot!.querySelectorAll('thead th')).to.have.length(2);
      expect(textOf(el.shadowRoot!.querySelector('tbody tr')!)).to.not.contain('Hours, an assessment');
    });

    it('refuses blank and invisible-only column names and row labels, naming where they are', async () => {
      const config = { columns: [{ id: 'a', name: '\u200B ' }], rows: [{ label: ' ', cells: { a: 'x' } }], highlight: '' };
      const el = await render(1000, html`<ops-identities .config=${config}></ops-identities>`);
      const text = textOf(part(el, '[role="alert"]'));
      expect(text).to.contain('columns[0].name must contain visible text').and.contain('rows[0].label must contain visible text');
    });

    it('shows hostile strings as text, never as markup', async () => {
      const hostile = '<img src=x onerror="window.__pwned = true">';
      const config = {
        columns: [{ id: 'a', name: hostile }],
        rows: [{ label: '<script>window.__pwned = true</script>', cells: { a: '<b>bold</b>' } }],
        highlight: '',
        copy: { heading: hostile },
      };
      const el = await render(1000, html`<ops-identities .config=${config}></ops-identities>`);
      const root = el.shadowRoot!;
      expect(root.querySelector('img, b, script')?.outerHTML).to.equal(undefined);
      expect(textOf(part(el, '[part~="heading"]'))).to.equal(hostile);
      expect(textOf(root.querySelector('thead th')!)).to.contain(hostile);
      expect(textOf(root.querySelector('tbody td')!)).to.equal('<b>bold</b>');
      expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
    });
  });

  describe('light-DOM table', () => {
    const table = html`<table>
      <caption>
        Who does what
      </caption>
      <thead>
        <tr>
          <td></td>
          <th>Tool seller</th>
          <th data-id="partner">Operator</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th>Paid for</th>
          <td>Seats</td>
          <td>Outcomes <b>only</b></td>
        </tr>
        <tr>
          <th>On call</th>
          <td>You</td>
          <td>Them</td>
        </tr>
      </tbody>
    </table>`;

    it('becomes the content once the script runs, as text, and is no longer shown itself', async () => {
      const el = await render(1000, html`<ops-identities>${table}</ops-identities>`);
      const root = el.shadowRoot!;
      expect([...root.querySelectorAll('thead th')].map(textOf)).to.deep.equal(['Tool seller', 'Operator Harder to displace']);
      expect(rowTexts(el)).to.deep.equal(['Paid for Seats Outcomes only', 'On call You Them']);
      expect(root.querySelector('b')?.outerHTML).to.equal(undefined);
      expect(textOf(root.querySelector('caption')!)).to.equal('Who does what');
      expect(isDisplayed(el.querySelector('table')!)).to.be.false;
    });

    it('drops the default highlight when the table has no partner column', async () => {
      const el = await render(
        1000,
        html`<ops-identities
          ><table>
            <tr>
              <td></td>
              <th>A</th>
              <th>B</th>
            </tr>
            <tr>
              <th>Row</th>
              <td>1</td>
              <td>2</td>
            </tr>
          </table></ops-identities
        >`,
      );
      expect(el.shadowRoot!.querySelector('[role="alert"]')?.outerHTML).to.equal(undefined);
      expect(el.shadowRoot!.querySelector('.highlight')?.outerHTML).to.equal(undefined);
      expect([...el.shadowRoot!.querySelectorAll('thead th')].map(textOf)).to.deep.equal(['A', 'B']);
    });

    it('gives way to a JSON child', async () => {
      const json = {
        copy: { heading: 'From JSON' },
        rows: [{ label: 'Paid for', cells: { 'tool-seller': 'Licences', partner: 'Results' } }],
      };
      const el = await render(
        1000,
        html`<ops-identities
          >${table}
          <script type="application/json">
            ${JSON.stringify(json)}
          </script></ops-identities
        >`,
      );
      expect(textOf(part(el, '[part~="heading"]'))).to.equal('From JSON');
      expect(rowTexts(el)).to.deep.equal(['Paid for Licences Results']);
      expect([...el.shadowRoot!.querySelectorAll('thead th')].map(textOf)[0]).to.equal('Tool seller');
    });
  });

  describe('invalid configuration', () => {
    it('shows an alert and emits ops-error instead of throwing', async () => {
      const el = document.createElement('ops-identities');
      const errors: OpsErrorDetail[] = [];
      el.addEventListener('ops-error', (event) => errors.push(event.detail));
      el.config = { columns: 'three of them', rows: [{ label: 'x', cells: { vendor: 'y' } }] } as never;
      const box = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
      box.append(el);
      await el.updateComplete;
      expect(errors).to.have.length(1);
      expect(errors[0]!.source).to.equal('config');
      expect(errors[0]!.problems.map((problem) => problem.path)).to.include('columns');
      const alert = part(el, '[role="alert"]');
      expect(isDisplayed(alert)).to.be.true;
      expect(textOf(alert)).to.contain('columns');
      expect(el.shadowRoot!.querySelector('table')?.outerHTML).to.equal(undefined);
    });

    it('names the row that lacks a cell for a column', async () => {
      const config = { rows: [{ label: 'Only vendor', cells: { vendor: 'Seats' } }] };
      const el = await render(1000, html`<ops-identities .config=${config}></ops-identities>`);
      expect(textOf(part(el, '[role="alert"]')))
        .to.contain('rows[0].cells')
        .and.contain('consultant, partner');
    });

    it('reports a JSON child that does not parse', async () => {
      const el = await render(
        1000,
        html`<ops-identities
          ><script type="application/json">
            { columns:
          </script></ops-identities
        >`,
      );
      expect(textOf(part(el, '[role="alert"]'))).to.contain('not valid JSON');
    });
  });

  describe('links and call to action', () => {
    it('shows no actions area when there is nothing to link to', async () => {
      const el = await render(1000);
      expect(isDisplayed(part(el, '[part~="actions"]'))).to.be.false;
    });

    it('links to the quiz and the calculator', async () => {
      const el = await render(
        1000,
        html`<ops-identities quiz-href="/quiz" calculator-href="https://example.com/cost"></ops-identities>`,
      );
      const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~="link"]')];
      expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(['/quiz', 'https://example.com/cost']);
      expect(links.every(isDisplayed)).to.be.true;
    });

    for (const href of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>']) {
      it(`refuses ${href.trim().slice(0, 11)} links`, async () => {
        const el = await render(1000, html`<ops-identities quiz-href=${href}></ops-identities>`);
        expect(el.shadowRoot!.querySelector('a')?.outerHTML).to.equal(undefined);
        expect(textOf(part(el, '[role="alert"]'))).to.contain('quizHref');
      });
    }

    it('shows a booking call to action given in the cta slot', async () => {
      const el = await render(
        1000,
        html`<ops-identities
          ><ops-booking-cta slot="cta" href="https://cal.com/ops-partner/30min"></ops-booking-cta
        ></ops-identities>`,
      );
      await new Promise((resolve) => setTimeout(resolve));
      const actions = part(el, '[part~="actions"]');
      expect(isDisplayed(actions)).to.be.true;
      const slot = actions.querySelector<HTMLSlotElement>('slot[name="cta"]')!;
      expect(slot.assignedElements()[0]?.localName).to.equal('ops-booking-cta');
      expect(isDisplayed(el.querySelector('ops-booking-cta')!)).to.be.true;
    });
  });
});
