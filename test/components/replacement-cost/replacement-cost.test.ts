import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../src/components/replacement-cost/replacement-cost.js';
import type { OpsReplacementCost } from '../../../src/components/replacement-cost/replacement-cost.js';
import { estimate, type CostAssumptions, type CostInputs } from '../../../src/components/replacement-cost/cost-model.js';
import { formatsFor, recommendationText } from '../../../src/components/replacement-cost/cost-explanation.js';
import { defaultCostCopy } from '../../../src/components/replacement-cost/replacement-cost.content.js';
import { defaultAssumptions, defaultInputs } from '../../../src/components/replacement-cost/replacement-cost.schema.js';
import type { OpsErrorDetail } from '../../../src/core/events.js';
import type { CalculateDetail } from '../../../src/events/calculate.js';

const QUOTED = 'Quoted on the discovery call';
const US = { ...defaultAssumptions, locale: 'en-US' };

const shadow = (el: OpsReplacementCost) => el.shadowRoot!;
const field = (el: OpsReplacementCost, name: string) => shadow(el).querySelector<HTMLInputElement>(`#field-${name}`)!;
const alertBox = (el: OpsReplacementCost) => shadow(el).querySelector('[role="alert"]');
const part = (el: OpsReplacementCost, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`)!;
const status = (el: OpsReplacementCost) => shadow(el).querySelector('.visually-hidden[role="status"]')!.textContent!.trim();
const recommendationTitle = (el: OpsReplacementCost) => part(el, 'recommendation').querySelector('.title')!.textContent!.trim();

function checkbox(el: OpsReplacementCost, labelStart: string): HTMLInputElement {
  const label = [...shadow(el).querySelectorAll('label')].find((candidate) =>
    candidate.textContent!.trim().startsWith(labelStart),
  );
  if (!label) throw new Error(`no toggle labelled ${labelStart}`);
  return label.querySelector('input')!;
}

/** What the table shows, row by row: the option, then its cells as text. */
function tableRows(el: OpsReplacementCost): string[][] {
  return [...part(el, 'table').querySelectorAll('tbody tr')].map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => cell.textContent!.trim()),
  );
}

/** The rows the table must show for these inputs, computed independently of the element. */
function expectedRows(inputs: Partial<CostInputs>, assumptions: CostAssumptions = US): string[][] {
  const money = (amount: number) => formatCurrency(amount, assumptions.currency, assumptions.locale);
  const names = { 'in-house': 'In-house', vendor: 'Vendor', consultant: 'Consultant', partner: 'Operations Partner' };
  return estimate({ ...defaultInputs, ...inputs }, assumptions).options.map((option) =>
    option.year1 === null
      ? [names[option.id], QUOTED, money(option.replacement)]
      : [names[option.id], money(option.year1), money(option.year2), money(option.total), money(option.replacement)],
  );
}

/** Replaces a field's text by typing, key by key, as a reader would. */
async function typeInto(el: OpsReplacementCost, name: string, text: string): Promise<void> {
  const input = field(el, name);
  input.focus();
  input.select();
  await sendKeys(text ? { type: text } : { press: 'Backspace' });
  await el.updateComplete;
}

/** Opens "How this is calculated" as a reader does, by its summary. */
async function openMath(el: OpsReplacementCost): Promise<void> {
  part(el, 'math').querySelector('summary')!.click();
  await el.updateComplete;
}

const mathText = (el: OpsReplacementCost) => part(el, 'math').textContent!;

function collect<T>(name: string): { events: T[]; stop: () => void } {
  const events: T[] = [];
  const listener = (event: Event) => events.push((event as CustomEvent<T>).detail);
  document.addEventListener(name, listener);
  return { events, stop: () => document.removeEventListener(name, listener) };
}

/** The expected text, from Intl directly rather than the code under test. */
const formatCurrency = (amount: number, currency: string, locale?: string) =>
  new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(
    amount,
  );

describe('<ops-replacement-cost>', () => {
  const originalUrl = location.href;
  afterEach(() => history.replaceState(null, '', originalUrl));

  it('shows the default estimate in the table, with the recommendation and why', async () => {
    const el = await fixture<OpsReplacementCost>(html`<ops-replacement-cost locale="en-US"></ops-replacement-cost>`);
    expect(tableRows(el)).to.deep.equal(expectedRows({}));
    const text = recommendationText(estimate(defaultInputs, US), US, formatsFor(defaultCostCopy, 'USD', 'en-US'));
    expect(recommendationTitle(el)).to.equal(text.title);
    expect(part(el, 'recommendation').textContent).to.contain(text.reason);
    expect(field(el, 'engineerCost').value).to.equal('180,000');
    expect(field(el, 'pipelines').value).to.equal('3');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('charts yearly and one-off costs apart, each on its own scale, every bar labelled with the table’s amount', async () => {
    const el = await fixture<OpsReplacementCost>(
      html`<ops-replacement-cost locale="en-US" partner-fee="50000" partner-ops-per-pipeline="30000"></ops-replacement-cost>`,
    );
    await typeInto(el, 'pipelines', '12');
    const chart = part(el, 'chart');
    expect([...chart.querySelectorAll('.group')].map((group) => group.textContent)).to.deep.equal([
      'Each year',
      'Once, to replace it',
    ]);
    // By hand, 12 pipelines (see the ops-calculate test): Year 1 and Year 2 per option, the largest 870,000;
    // then replacement, the largest 4 × 96,000 + 12 × 3 × 180,000 / 52 = 508,615.38.
    const yearly = [864_000, 720_000, 780_000, 780_000, 870_000, 720_000, 428_000, 378_000];
    const replacement = [96_000, 290_769.23, 0, 508_615.38];
    const bars = [...chart.querySelectorAll<SVGRectElement>(':scope > svg > rect')];
    expect(bars).to.have.length(12);
    const expected = [
      ...yearly.map((amount) => (amount / 870_000) * 62),
      ...replacement.map((amount) => (amount / 508_615.38) * 62),
    ];
    bars.forEach((bar, index) => {
      expect(Number.parseFloat(bar.getAttribute('width')!), `bar ${index}`).to.be.closeTo(expected[index]!, 1e-3);
    });
    const labels = bars.map((bar) => bar.nextElementSibling!.textContent);
    expect(labels).to.deep.equal([...yearly, ...replacement].map((amount) => formatCurrency(amount, 'USD', 'en-US')));
    // The consultant leaves nothing to replace: a bar at zero, drawn and labelled.
    expect(bars[10]!.classList.contains('zero')).to.equal(true);
    expect(labels[10]).to.equal('$0');
    // The recommended option is named as such in both parts (the partner is lowest over 3 years: 50,000 + 12 × 30,000 + 18,000 = 428,000, then 378,000 twice).
    const names = [...chart.querySelectorAll('.name')].map((name) => name.textContent);
    expect(names.filter((name) => name!.endsWith('(recommended)'))).to.deep.equal([
      'Operations Partner (recommended)',
      'Operations Partner (recommended)',
    ]);
    expect(chart.querySelector('pattern')).to.equal(null);
    expect(tableRows(el)).to.deep.equal(
      expectedRows({ pipelines: 12 }, { ...US, partnerFee: 50_000, partnerOpsPerPipeline: 30_000 }),
    );
  });

  it('groups the inputs: your situation, your team, your vendor', async () => {
    const el = await fixture<OpsReplacementCost>(html`<ops-replacement-cost locale="en-US"></ops-replacement-cost>`);
    const groups = [...part(el, 'inputs').querySelectorAll('fieldset')].map((group) => [
      group.querySelector('legend')!.textContent,
      [...group.querySelectorAll('input:not([type=range])')].map((input) => input.id || input.nextElementSibling!.textContent),
    ]);
    expect(groups).to.deep.equal([
      [
        'Your situation',
        [
          'field-pipelines',
          'Something needs a human outside business hours (the 3am test)',
          'An on-call rotation you already run can cover these pipelines',
          'You want to keep operations in-house',
        ],
      ],
      ['Your team', ['field-engineerCost', 'field-opsHours']],
      [
        'Your vendor',
        ['field-toolSpend', 'field-consultantFee', 'Your vendor hands back data, audit trail and outputs when you leave'],
      ],
    ]);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('updates the results as the reader types, keeping their text as typed', async () => {
    const el = await fixture<OpsReplacementCost>(html`<ops-replacement-cost locale="en-US"></ops-replacement-cost>`);
    await openMath(el);
    await typeInto(el, 'pipelines', '40');
    expect(tableRows(el)).to.deep.equal(expectedRows({ pipelines: 40 }));

    await typeInto(el, 'opsHours', '12.');
    // "12." is 12 so far; rewriting it as "12" would swallow the decimal point.
    expect(field(el, 'opsHours').value).to.equal('12.');
    expect(tableRows(el)).to.deep.equal(expectedRows({ pipelines: 40, opsHours: 12 }));
    await sendKeys({ type: '5' });
    await el.updateComplete;
    expect(field(el, 'opsHours').value).to.equal('12.5');
    expect(tableRows(el)).to.deep.equal(expectedRows({ pipelines: 40, opsHours: 12.5 }));
    expect(part(el, 'math').textContent).to.contain('40 pipelines × 12.5 hours × 12 months ÷ 1,600 productive hours');

    await typeInto(el, 'engineerCost', '250000');
    expect(field(el, 'engineerCost').value).to.equal('250000');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    // Once the reader leaves the field, it shows the number in their format.
    expect(field(el, 'engineerCost').value).to.equal('250,000');
    expect(tableRows(el)).to.deep.equal(expectedRows({ pipelines: 40, opsHours: 12.5, engineerCost: 250_000 }));
  });

  it('shows an inline message for out-of-range or empty input and keeps the last valid result', async () => {
    const el = await fixture<OpsReplacementCost>(html`<ops-replacement-cost locale="en-US"></ops-replacement-cost>`);
    const input = field(el, 'pipelines');
    await typeInto(el, 'pipelines', '101');
    // "1" and "10" were valid on the way to "101": 10 is the last valid value.
    const lastValid = expectedRows({ pipelines: 10 });
    expect(input.value).to.equal('101');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const messageId = input
      .getAttribute('aria-describedby')!
      .split(' ')
      .find((id) => id.startsWith('message'))!;
    expect(shadow(el).getElementById(messageId)!.textContent).to.equal('Enter a whole number from 0 to 100.');
    expect(tableRows(el)).to.deep.equal(lastValid);

    await typeInto(el, 'pipelines', '');
    expect(input.value).to.equal('');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(tableRows(el)).to.deep.equal(lastValid);

    await typeInto(el, 'engineerCost', '-5');
    expect(shadow(el).textContent).to.contain('Enter a number from $0 to $10,000,000, written like 1,234.5.');
    await typeInto(el, 'opsHours', 'lots');
    expect(tableRows(el)).to.deep.equal(lastValid);
    expect(shadow(el).innerHTML).not.to.match(/NaN|Infinity|undefined/);
    expect(shadow(el).querySelectorAll('[part~="message"]')).to.have.length(3);
    await expect(el).shadowDom.to.be.accessible();

    await typeInto(el, 'pipelines', '7');
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(input.getAttribute('aria-describedby')).not.to.contain('message');
    expect(shadow(el).querySelectorAll('[part~="message"]')).to.have.length(2);
    expect(tableRows(el)).to.deep.equal(expectedRows({ pipelines: 7 }));
  });

  it('with nothing in production and nothing spent, shows zeros and points to the vendor quiz', async () => {
    const el = await fixture<OpsReplacementCost>(html`<ops-replacement-cost locale="en-US"></ops-replacement-cost>`);
    await typeInto(el, 'pipelines', '0');
    await typeInto(el, 'toolSpend', '0');
    await typeInto(el, 'consultantFee', '0');
    expect(recommendationTitle(el)).to.equal('Nothing in production yet');
    expect(part(el, 'recommendation').textContent).to.contain('vendor quiz');
    expect(tableRows(el)).to.deep.equal(expectedRows({ pipelines: 0, toolSpend: 0, consultantFee: 0 }));
    const bars = [...part(el, 'chart').querySelectorAll(':scope > svg > rect')];
    // Every zero is drawn at zero and labelled, not left out.
    expect(bars).to.have.length(10);
    expect(new Set(bars.map((bar) => bar.getAttribute('width')))).to.deep.equal(new Set(['0%']));
    expect(bars.every((bar) => bar.classList.contains('zero') && bar.nextElementSibling!.textContent === '$0')).to.equal(true);
    expect(shadow(el).innerHTML).not.to.match(/NaN|Infinity|undefined/);
  });

  it('moves the number with its slider, from the keyboard', async () => {
    const el = await fixture<OpsReplacementCost>(html`<ops-replacement-cost locale="en-US"></ops-replacement-cost>`);
    const slider = field(el, 'pipelines').closest('.number')!.querySelector<HTMLInputElement>('[part~="slider"]')!;
    slider.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(field(el, 'pipelines').value).to.equal('4');
    expect(tableRows(el)).to.deep.equal(expectedRows({ pipelines: 4 }));
  });

  it('recomputes when a toggle changes', async () => {
    const el = await fixture<OpsReplacementCost>(html`<ops-replacement-cost locale="en-US"></ops-replacement-cost>`);
    checkbox(el, 'Something needs a human').focus();
    // ' ' rather than 'Space': Firefox's driver (WebDriver BiDi) knows no key named Space.
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    // Without after-hours cover the 0.45 engineer-years of work need one engineer, not a rotation of four.
    // 216,000 + 2 × 180,000 = 576,000 over three years.
    expect(tableRows(el)[0]).to.deep.equal(['In-house', '$216,000', '$180,000', '$576,000', '$96,000']);
    checkbox(el, 'Your vendor hands back').click();
    await el.updateComplete;
    expect(tableRows(el)).to.deep.equal(expectedRows({ afterHours: false, vendorExit: true }));
  });

  it('at the honest-fit boundary with a cheaper partner, answers in-house as fit and says the partner costs less', async () => {
    const el = await fixture<OpsReplacementCost>(
      html`<ops-replacement-cost locale="en-US" partner-fee="50000" partner-ops-per-pipeline="30000"></ops-replacement-cost>`,
    );
    expect(status(el)).to.equal('');
    await typeInto(el, 'pipelines', '8');
    checkbox(el, 'You want to keep').click();
    await el.updateComplete;
    const title =
      'Keep it in-house: you want to own operations, and from 5 pipelines there is enough to keep a platform team busy';
    expect(recommendationTitle(el)).to.equal(title);
    // The table beneath says the same: in-house 2,304,000 against the partner's 308,000 + 2 × 258,000 = 824,000.
    expect(tableRows(el)[0]).to.deep.equal(['In-house', '$864,000', '$720,000', '$2,304,000', '$96,000']);
    expect(tableRows(el)[3]!.slice(0, 4)).to.deep.equal(['Operations Partner', '$308,000', '$258,000', '$824,000']);
    const reason = part(el, 'recommendation').textContent!;
    expect(reason).to.contain('The numbers need 4 engineers, set by the after-hours rotation of 4: $2,304,000 over 3 years.');
    expect(reason).to.contain('Operations Partner costs $1,480,000 less over 3 years.');
    expect(reason).to.contain('In-house becomes the lowest cost from 25 pipelines.');
    expect(part(el, 'table').querySelector('tr.picked th')!.textContent).to.equal('In-house');
    // Not on every keystroke: the live region waits for the reader to pause.
    expect(status(el)).to.equal('');
    await waitUntil(() => status(el) === title, 'announced', { timeout: 2000 });
    await expect(el).shadowDom.to.be.accessible();

    // One pipeline below the threshold the rule does not apply, and price decides.
    await typeInto(el, 'pipelines', '4');
    expect(recommendationTitle(el)).to.equal('Lowest 3-year cost: Operations Partner');
  });

  it('with a shared on-call rotation, staffs in-house for the workload only', async () => {
    const el = await fixture<OpsReplacementCost>(html`<ops-replacement-cost locale="en-US"></ops-replacement-cost>`);
    await openMath(el);
    const toggle = checkbox(el, 'An on-call rotation you already run');
    expect(toggle.checked).to.equal(false);
    toggle.click();
    await el.updateComplete;
    // One engineer for 0.45 engineer-years: 180,000 + 36,000, then 180,000 a year.
    expect(tableRows(el)[0]).to.deep.equal(['In-house', '$216,000', '$180,000', '$576,000', '$96,000']);
    expect(part(el, 'math').textContent).to.contain('your on-call rotation covers after hours; in-house staff = 1.');
    expect(part(el, 'recommendation').textContent).not.to.contain('3am');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('says what would change the answer, and the answer changes when the reader makes that change', async () => {
    const el = await fixture<OpsReplacementCost>(html`<ops-replacement-cost locale="en-US"></ops-replacement-cost>`);
    const lines = () => [...part(el, 'changes').querySelectorAll('li')].map((line) => line.textContent);
    expect(part(el, 'changes').querySelector('.subtitle')!.textContent).to.equal('What would change the answer');
    expect(lines()).to.deep.equal([
      'With a consulting fee of $143,999, Consultant has the lowest 3-year cost.',
      'If an engineer cost $187,501 a year, Consultant has the lowest 3-year cost.',
      'With $48,000 a year on tools, Vendor has the lowest 3-year cost.',
    ]);
    await expect(el).shadowDom.to.be.accessible();
    await typeInto(el, 'consultantFee', '143999');
    expect(recommendationTitle(el)).to.equal('Lowest 3-year cost: Consultant');
  });

  it('gives the break-even pipeline count when the partner is priced', async () => {
    const el = await fixture<OpsReplacementCost>(
      html`<ops-replacement-cost locale="en-US" partner-fee="50000" partner-ops-per-pipeline="30000"></ops-replacement-cost>`,
    );
    // In-house 4 × 576,000 = 2,304,000 against the partner's 104,000 + 90,000 × P: equal or less from 25.
    expect(part(el, 'changes').textContent).to.contain(
      'In-house costs no more than the Operations Partner over 3 years from 25 pipelines.',
    );
  });

  it('does not announce a recommendation that did not change', async () => {
    const el = await fixture<OpsReplacementCost>(html`<ops-replacement-cost locale="en-US"></ops-replacement-cost>`);
    // Listening before typing: a slow driver (WebKit's) can return after the event has fired.
    const calculated = oneEvent(el, 'ops-calculate');
    await typeInto(el, 'toolSpend', '70000');
    await calculated;
    await el.updateComplete;
    expect(status(el)).to.equal('');
  });

  it('leaves an unpriced partner out of the comparison and says it is quoted on the call', async () => {
    const el = await fixture<OpsReplacementCost>(html`<ops-replacement-cost locale="en-US"></ops-replacement-cost>`);
    const partnerRow = tableRows(el)[3]!;
    expect(partnerRow).to.deep.equal(['Operations Partner', QUOTED, '$415,154']);
    const chart = part(el, 'chart');
    expect(chart.querySelector('.quoted')!.textContent).to.equal(QUOTED);
    expect(chart.querySelectorAll(':scope > svg > rect')).to.have.length(10);
    expect(part(el, 'recommendation').textContent).to.contain('Operations Partner pricing is quoted on a discovery call');

    const priced = await fixture<OpsReplacementCost>(
      html`<ops-replacement-cost locale="en-US" partner-fee="50000" partner-ops-per-pipeline="30000"></ops-replacement-cost>`,
    );
    expect(tableRows(priced)[3]).to.deep.equal(['Operations Partner', '$158,000', '$108,000', '$374,000', '$415,154']);
    expect(recommendationTitle(priced)).to.equal('Lowest 3-year cost: Operations Partner');
    expect(part(priced, 'chart').querySelector('.quoted')).to.equal(null);
  });

  it('formats in the configured currency and locale, and reads numbers typed in that locale', async () => {
    const el = await fixture<OpsReplacementCost>(
      html`<ops-replacement-cost currency="EUR" locale="de-DE"></ops-replacement-cost>`,
    );
    const euros = { ...defaultAssumptions, currency: 'EUR', locale: 'de-DE' };
    expect(tableRows(el)).to.deep.equal(expectedRows({}, euros));
    expect(tableRows(el)[0]![1]).to.equal('864.000\u00a0€');
    expect(field(el, 'engineerCost').value).to.equal('180.000');
    expect(shadow(el).querySelector('#unit-engineerCost')!.textContent).to.equal('EUR per year');
    await typeInto(el, 'engineerCost', '200.000');
    await typeInto(el, 'opsHours', '7,5');
    expect(tableRows(el)).to.deep.equal(expectedRows({ engineerCost: 200_000, opsHours: 7.5 }, euros));
    await typeInto(el, 'pipelines', '200');
    expect(shadow(el).textContent).to.contain('Enter a whole number from 0 to 100.');
  });

  it('reads numbers strictly: a grouping sign in the wrong place is a message, not another number', async () => {
    const el = await fixture<OpsReplacementCost>(html`<ops-replacement-cost locale="en-US"></ops-replacement-cost>`);
    await typeInto(el, 'opsHours', '12,5');
    // "12" was usable on the way; "12,5" is not 125.
    expect(field(el, 'opsHours').getAttribute('aria-invalid')).to.equal('true');
    expect(tableRows(el)).to.deep.equal(expectedRows({ opsHours: 12 }));
    const message = shadow(el).getElementById('message-opsHours')!;
    expect(message.textContent).to.equal('Enter a number from 0 to 500, written like 1,234.5.');
    // Announced while typing: the message sits in a polite live region.
    expect(message.closest('[aria-live="polite"]')).not.to.equal(null);

    const german = await fixture<OpsReplacementCost>(html`<ops-replacement-cost locale="de-DE"></ops-replacement-cost>`);
    await typeInto(german, 'opsHours', '1,234.5');
    expect(field(german, 'opsHours').getAttribute('aria-invalid')).to.equal('true');
  });

  it('accepts the locale’s own digits as the field shows them', async () => {
    const el = await fixture<OpsReplacementCost>(html`<ops-replacement-cost locale="ar-EG"></ops-replacement-cost>`);
    expect(field(el, 'pipelines').value).to.equal('٣');
    await typeInto(el, 'pipelines', '١٢');
    expect(field(el, 'pipelines').getAttribute('aria-invalid')).to.equal('false');
    expect(tableRows(el)).to.deep.equal(expectedRows({ pipelines: 12 }, { ...defaultAssumptions, locale: 'ar-EG' }));
  });

  it('fits the page outline with heading-level, and reports an impossible one', async () => {
    const el = await fixture<OpsReplacementCost>(html`<ops-replacement-cost heading-level="3"></ops-replacement-cost>`);
    expect(part(el, 'heading').getAttribute('aria-level')).to.equal('3');
    el.headingLevel = 9;
    await el.updateComplete;
    expect(alertBox(el)!.textContent).to.contain('headingLevel');
  });

  it('takes starting inputs and assumptions from config', async () => {
    const el = await fixture<OpsReplacementCost>(
      html`<ops-replacement-cost>
        <script type="application/json">
          { "currency": "GBP", "locale": "en-GB", "rotation": 3, "inputs": { "pipelines": 12 } }
        </script>
      </ops-replacement-cost>`,
    );
    expect(field(el, 'pipelines').value).to.equal('12');
    expect(tableRows(el)).to.deep.equal(
      expectedRows({ pipelines: 12 }, { ...defaultAssumptions, currency: 'GBP', locale: 'en-GB', rotation: 3 }),
    );
  });

  it('fires ops-calculate once the reader pauses, with the inputs, assumptions, options and recommendation', async () => {
    const { events, stop } = collect<CalculateDetail>('ops-calculate');
    try {
      const el = await fixture<OpsReplacementCost>(html`<ops-replacement-cost locale="en-US"></ops-replacement-cost>`);
      const input = field(el, 'pipelines');
      // Keys 100 ms apart, closer together than the settle time: one burst, so one event.
      // Typed in the page rather than through the runner, whose round trip varies.
      for (const text of ['1', '12']) {
        input.value = text;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        await aTimeout(100);
      }
      await waitUntil(() => events.length > 0, 'ops-calculate', { timeout: 2000 });
      // The sentinel: one more change must bring the count to exactly two. Nothing fired on
      // load either: a booking element would otherwise report a result the reader never asked for.
      checkbox(el, 'Something needs a human').click();
      await waitUntil(() => events.length > 1, 'second ops-calculate', { timeout: 2000 });
      expect(
        events.map((event) => event.inputs.afterHours),
        'one event per pause',
      ).to.deep.equal([true, false]);
      const inputs = { ...defaultInputs, pipelines: 12 };
      const result = estimate(inputs, US);
      // Whole currency units, worked out by hand: 12 pipelines need 1.8 engineer-years, so the rotation of 4 decides.
      // Vendor replacement 12 × 7 × 180,000 / 52 = 290,769.23; partner 4 × 96,000 + 12 × 3 × 180,000 / 52 = 508,615.38.
      expect(events[0]).to.deep.equal({
        inputs,
        assumptions: US,
        options: [
          { id: 'in-house', year1: 864_000, year2: 720_000, total: 2_304_000, replacement: 96_000 },
          { id: 'vendor', year1: 780_000, year2: 780_000, total: 2_340_000, replacement: 290_769 },
          { id: 'consultant', year1: 870_000, year2: 720_000, total: 2_310_000, replacement: 0 },
          { id: 'partner', year1: null, year2: null, total: null, replacement: 508_615 },
        ],
        recommendation: { id: 'cheapest', ...recommendationText(result, US, formatsFor(defaultCostCopy, 'USD', 'en-US')) },
      });
      expect(events[0]!.options[3]).to.include({ id: 'partner', year1: null, year2: null });
    } finally {
      stop();
    }
  });

  it('with sync-url, starts from the URL fragment and writes every change back there, keeping the page’s own parameters', async () => {
    history.replaceState(null, '', `${location.pathname}?keep=1#rc.pipelines=8&rc.afterHours=0`);
    const el = await fixture<OpsReplacementCost>(html`<ops-replacement-cost sync-url locale="en-US"></ops-replacement-cost>`);
    expect(field(el, 'pipelines').value).to.equal('8');
    expect(checkbox(el, 'Something needs a human').checked).to.equal(false);
    expect(tableRows(el)).to.deep.equal(expectedRows({ pipelines: 8, afterHours: false }));

    // Listening before typing: a slow driver (WebKit's) can return after the event has fired.
    const calculated = oneEvent(el, 'ops-calculate');
    await typeInto(el, 'opsHours', '30');
    await calculated;
    // The fragment never reaches a server; the query string stays the page's own.
    expect(location.search).to.equal('?keep=1');
    const params = new URLSearchParams(location.hash.slice(1));
    expect(params.get('rc.pipelines')).to.equal('8');
    expect(params.get('rc.opsHours')).to.equal('30');
    expect(params.get('rc.afterHours')).to.equal('0');

    // The shared link reproduces the result.
    const shared = await fixture<OpsReplacementCost>(html`<ops-replacement-cost sync-url locale="en-US"></ops-replacement-cost>`);
    expect(tableRows(shared)).to.deep.equal(expectedRows({ pipelines: 8, afterHours: false, opsHours: 30 }));
  });

  it('keeps the inputs in the query string only when the site owner asks for it', async () => {
    history.replaceState(null, '', `${location.pathname}?keep=1&rc.pipelines=8#top`);
    const el = await fixture<OpsReplacementCost>(
      html`<ops-replacement-cost sync-url locale="en-US" .config=${{ urlPlace: 'query' }}></ops-replacement-cost>`,
    );
    expect(field(el, 'pipelines').value).to.equal('8');
    const calculated = oneEvent(el, 'ops-calculate');
    await typeInto(el, 'opsHours', '30');
    await calculated;
    const params = new URLSearchParams(location.search);
    expect(params.get('keep')).to.equal('1');
    expect(params.get('rc.opsHours')).to.equal('30');
    expect(location.hash).to.equal('#top');
  });

  it('keeps working when the browser refuses to change the URL', async () => {
    const original = history.replaceState;
    history.replaceState = () => {
      throw new DOMException('refused', 'SecurityError');
    };
    try {
      const el = await fixture<OpsReplacementCost>(html`<ops-replacement-cost sync-url locale="en-US"></ops-replacement-cost>`);
      // Listening before typing: a slow driver (WebKit's) can return after the event has fired,
      // and a wait that never ends would leave the refusing replaceState in place for later tests.
      const calculated = oneEvent(el, 'ops-calculate');
      await typeInto(el, 'pipelines', '9');
      const event = await calculated;
      expect(event.detail.inputs.pipelines).to.equal(9);
      expect(alertBox(el)).to.equal(null);
    } finally {
      history.replaceState = original;
    }
  });

  it('uses its own URL prefix when given one', async () => {
    history.replaceState(null, '', `${location.pathname}#rc.pipelines=8&calc.pipelines=9`);
    const el = await fixture<OpsReplacementCost>(
      html`<ops-replacement-cost sync-url="calc" locale="en-US"></ops-replacement-cost>`,
    );
    expect(field(el, 'pipelines').value).to.equal('9');
  });

  it('ignores bad values in the URL, keeping the defaults, without an error', async () => {
    history.replaceState(
      null,
      '',
      `${location.pathname}#rc.pipelines=abc&rc.engineerCost=-5&rc.opsHours=1e999&rc.afterHours=maybe&rc.toolSpend=&rc.__proto__=1&rc.consultantFee=90000`,
    );
    const el = await fixture<OpsReplacementCost>(html`<ops-replacement-cost sync-url locale="en-US"></ops-replacement-cost>`);
    expect(alertBox(el)).to.equal(null);
    expect(tableRows(el)).to.deep.equal(expectedRows({ consultantFee: 90_000 }));
  });

  it('without sync-url, neither reads nor writes the URL', async () => {
    const url = `${location.pathname}?rc.pipelines=8#rc.pipelines=8`;
    history.replaceState(null, '', url);
    const el = await fixture<OpsReplacementCost>(html`<ops-replacement-cost locale="en-US"></ops-replacement-cost>`);
    expect(field(el, 'pipelines').value).to.equal('3');
    // Listening before typing: a slow driver (WebKit's) can return after the event has fired.
    const calculated = oneEvent(el, 'ops-calculate');
    await typeInto(el, 'pipelines', '5');
    await calculated;
    expect(`${location.pathname}${location.search}${location.hash}`).to.equal(url);
  });

  it('explains each step in sentences with the live values, and lists every value with who set it', async () => {
    const el = await fixture<OpsReplacementCost>(
      html`<ops-replacement-cost locale="en-US" partner-fee="40000"></ops-replacement-cost>`,
    );
    await openMath(el);
    await typeInto(el, 'pipelines', '12');
    const math = part(el, 'math');
    expect(math.tagName).to.equal('DETAILS');
    expect(math.querySelector('summary')!.textContent).to.equal('How this is calculated');
    const steps = [...math.querySelectorAll('li')].map((step) => step.textContent);
    expect(steps).to.include(
      'Operating work: 12 pipelines × 20 hours × 12 months ÷ 1,600 productive hours = 1.8 engineer-years, so 2 engineers for the workload; an after-hours rotation needs 4; in-house staff = 4.',
    );
    expect(steps).to.include('Vendor: each year = $60,000 tools + 4 × $180,000 staff = $780,000.');
    // No code: no formulas with ?:, no camelCase names.
    expect(math.querySelector('code')).to.equal(null);
    const values = [...math.querySelectorAll('dl > div')].map(
      (row) => `${row.querySelector('dt')!.textContent}: ${row.querySelector('dd')!.textContent}`,
    );
    for (const text of [...steps, ...values]) expect(text).not.to.match(/\?|\b[a-z]+[A-Z]\w*/);
    expect(values).to.have.length(22);
    expect(values).to.include('AI pipelines in production: 12 pipelines (you)');
    expect(values).to.include('Productive hours per engineer-year: 1,600 (site owner)');
    expect(values).to.include('Operations Partner fee, one-off: $40,000 (site owner)');
    expect(values).to.include('Operations Partner support per pipeline per year: Quoted on the discovery call (site owner)');
  });

  it('keeps "How this is calculated" current: while open at once, while closed once the reader pauses, and for printing', async () => {
    const el = await fixture<OpsReplacementCost>(html`<ops-replacement-cost locale="en-US"></ops-replacement-cost>`);
    const math = part(el, 'math') as HTMLDetailsElement;
    // Closed, it is filled in after the first paint, so find-in-page and printing see it.
    await waitUntil(() => math.querySelector('li'), 'the closed panel is never filled in');
    expect(mathText(el)).to.contain('3 pipelines × 20 hours');

    const calculated = oneEvent(el, 'ops-calculate');
    await typeInto(el, 'pipelines', '40');
    await calculated;
    await el.updateComplete;
    expect(mathText(el)).to.contain('40 pipelines × 20 hours');

    await typeInto(el, 'pipelines', '12');
    dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(mathText(el)).to.contain('12 pipelines × 20 hours');

    await openMath(el);
    expect(math.open).to.equal(true);
    await typeInto(el, 'pipelines', '7');
    expect(mathText(el)).to.contain('7 pipelines × 20 hours');
    expect(mathText(el)).to.contain('AI pipelines in production7 pipelines (you)');

    // Opened from script (or by find-in-page), it follows the inputs too.
    math.open = false;
    await oneEvent(math, 'toggle');
    math.open = true;
    await oneEvent(math, 'toggle');
    await typeInto(el, 'pipelines', '9');
    expect(mathText(el)).to.contain('9 pipelines × 20 hours');

    // Closed again, it still follows new settings at once.
    math.open = false;
    await oneEvent(math, 'toggle');
    el.setAttribute('currency', 'EUR');
    await el.updateComplete;
    expect(mathText(el)).to.contain('€180,000');
    expect(mathText(el)).to.contain('9 pipelines × 20 hours');
  });

  it('copies the numbers as plain text and as CSV', async () => {
    const copied: string[] = [];
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void copied.push(text) },
    });
    try {
      const el = await fixture<OpsReplacementCost>(html`<ops-replacement-cost locale="en-US"></ops-replacement-cost>`);
      const [asText, asCsv] = [...part(el, 'copy').querySelectorAll('button')];
      expect(asText!.textContent).to.equal('Copy the numbers');
      asText!.click();
      await waitUntil(() => part(el, 'copy').textContent!.includes('Copied.'), 'copied', { timeout: 2000 });
      const text = copied[0]!.split('\n');
      expect(text[0]).to.equal('Lowest 3-year cost: In-house');
      expect(text).to.include('In-house: Year 1 $864,000, Year 2 $720,000, 3-year total $2,304,000, To replace $96,000');
      expect(text).to.include(
        'Operations Partner: Year 1 Quoted on the discovery call, Year 2 Quoted on the discovery call, 3-year total Quoted on the discovery call, To replace $415,154',
      );
      expect(text).to.include('Productive hours per engineer-year: 1,600 (site owner)');
      expect(text).to.include('With $48,000 a year on tools, Vendor has the lowest 3-year cost.');

      asCsv!.click();
      await waitUntil(() => copied.length === 2, 'copied as CSV', { timeout: 2000 });
      const rows = copied[1]!.split('\r\n');
      expect(rows.slice(0, 5)).to.deep.equal([
        '"Option","Year 1","Year 2","3-year total","To replace"',
        '"In-house",864000,720000,2304000,96000',
        '"Vendor",780000,780000,2340000,72692',
        '"Consultant",870000,720000,2310000,0',
        '"Operations Partner",,,,415154',
      ]);
      expect(rows).to.include('"Years in the total","3","site owner"');
      await expect(el).shadowDom.to.be.accessible();
    } finally {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('offers the numbers to copy by hand when the browser refuses', async () => {
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
    // The older copy command is refused too, so the text stays in the field.
    const execCommand = document.execCommand;
    document.execCommand = () => false;
    try {
      const el = await fixture<OpsReplacementCost>(html`<ops-replacement-cost locale="en-US"></ops-replacement-cost>`);
      // As a reader does it: the button has focus when it is pressed.
      const button = part(el, 'copy').querySelector('button')!;
      button.focus();
      button.click();
      await waitUntil(() => part(el, 'copy').querySelector('textarea'), 'manual field', { timeout: 2000 });
      const manual = part(el, 'copy').querySelector('textarea')!;
      expect(manual.value.split('\n')[0]).to.equal('Lowest 3-year cost: In-house');
      // Selected, so the reader only has to press the copy keys.
      await el.updateComplete;
      expect(manual.selectionEnd - manual.selectionStart).to.equal(manual.value.length);
      expect(shadow(el).activeElement).to.equal(manual);
      await expect(el).shadowDom.to.be.accessible();
    } finally {
      document.execCommand = execCommand;
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('names each slider apart from its text box, and announces its value with the unit', async () => {
    const el = await fixture<OpsReplacementCost>(html`<ops-replacement-cost locale="en-US"></ops-replacement-cost>`);
    const slider = field(el, 'opsHours').closest('.number')!.querySelector<HTMLInputElement>('[part~="slider"]')!;
    const box = shadow(el).querySelector('label[for="field-opsHours"]')!.textContent;
    expect(slider.getAttribute('aria-label')).to.equal('Slide to set: Time to operate each pipeline');
    expect(slider.getAttribute('aria-label')).not.to.equal(box);
    expect(slider.getAttribute('aria-valuetext')).to.equal('20 hours per pipeline per month');
  });

  it('prints on A4 or Letter: the calculation open, no controls, nothing wider than the page', async function () {
    // Print emulation needs the Chrome DevTools Protocol; Firefox and WebKit are driven without it.
    if (!navigator.userAgent.includes('Chrome/')) this.skip();
    // Letter with one-inch margins leaves 6.5 in (624 px); A4 with 2 cm margins leaves 17 cm (643 px).
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 624px">
        <ops-replacement-cost locale="en-US" partner-fee="50000" partner-ops-per-pipeline="30000"></ops-replacement-cost>
      </div>`,
    );
    const el = wrapper.querySelector('ops-replacement-cost')!;
    await el.updateComplete;
    // What a browser fires before it lays out the page for printing.
    dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    const steps = part(el, 'math').querySelector('ol')!;
    const slider = part(el, 'slider');
    expect(steps.checkVisibility()).to.equal(false);
    expect(slider.checkVisibility()).to.equal(true);
    await emulateMedia({ media: 'print' });
    try {
      expect(steps.checkVisibility()).to.equal(true);
      expect(slider.checkVisibility()).to.equal(false);
      expect(part(el, 'copy').checkVisibility()).to.equal(false);
      for (const name of ['card', 'table', 'math']) {
        const box = part(el, name);
        expect(box.scrollWidth, name).to.be.at.most(box.clientWidth);
      }
      expect(part(el, 'card').getBoundingClientRect().width).to.be.at.most(624);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('reports malformed config with a visible alert and ops-error, without throwing', async () => {
    const { events, stop } = collect<OpsErrorDetail>('ops-error');
    const el = await fixture<OpsReplacementCost>(
      html`<ops-replacement-cost .config=${{ currency: 'XYZ', rotation: 0, inputs: { pipelines: 101 } }}></ops-replacement-cost>`,
    );
    stop();
    const text = alertBox(el)!.textContent!;
    expect(text).to.contain('currency');
    expect(text).to.contain('rotation');
    expect(text).to.contain('inputs.pipelines');
    expect(shadow(el).querySelector('table')).to.equal(null);
    expect(events).to.have.length(1);
    expect(events[0]!.element).to.equal('ops-replacement-cost');
    expect(events[0]!.problems.map((problem) => problem.path)).to.have.members(['currency', 'rotation', 'inputs.pipelines']);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('keeps working with the last valid config, and the reader’s inputs, when the config turns invalid', async () => {
    const el = await fixture<OpsReplacementCost>(html`<ops-replacement-cost locale="en-US"></ops-replacement-cost>`);
    await typeInto(el, 'pipelines', '9');
    el.partnerFee = Number.NaN;
    el.currency = 'nope';
    await el.updateComplete;
    expect(alertBox(el)!.textContent).to.contain('last working version');
    expect(tableRows(el)).to.deep.equal(expectedRows({ pipelines: 9 }));
    el.partnerFee = undefined;
    el.currency = 'EUR';
    await el.updateComplete;
    expect(alertBox(el)).to.equal(null);
    expect(field(el, 'pipelines').value).to.equal('9');
  });

  it('shows hostile strings as text, never as markup', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const el = await fixture<OpsReplacementCost>(
      html`<ops-replacement-cost
        heading=${hostile}
        .config=${{ copy: { partner: hostile, quoted: '<b>q</b>' } }}
      ></ops-replacement-cost>`,
    );
    expect(shadow(el).querySelector('img, b')).to.equal(null);
    expect(part(el, 'heading').textContent).to.equal(hostile);
    expect(tableRows(el)[3]).to.deep.equal([hostile, '<b>q</b>', tableRows(el)[3]![2]]);
  });

  it('fits 320 px without horizontal overflow, every column of the table visible', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px">
        <ops-replacement-cost locale="en-US" partner-fee="50000" partner-ops-per-pipeline="30000"></ops-replacement-cost>
      </div>`,
    );
    const el = wrapper.querySelector('ops-replacement-cost')!;
    await el.updateComplete;
    const card = part(el, 'card');
    expect(card.scrollWidth).to.be.at.most(card.clientWidth);
    const table = part(el, 'table');
    expect(table.scrollWidth, 'table needs no scrolling').to.be.at.most(table.clientWidth);
    const bounds = card.getBoundingClientRect();
    const cells = [...table.querySelectorAll('tbody td')];
    // Four options, four figures each: Year 1, Year 2, the total and "To replace", the headline number.
    expect(cells).to.have.length(16);
    for (const cell of cells) {
      const box = cell.getBoundingClientRect();
      expect(cell.checkVisibility(), cell.textContent!).to.equal(true);
      expect(box.left).to.be.at.least(bounds.left - 0.5);
      expect(box.right).to.be.at.most(bounds.right + 0.5);
    }
    // Each figure keeps its column name beside it once the table is stacked.
    // Chromium resolves attr() in the computed style; Firefox reports it as written.
    expect(['"To replace"', 'attr(data-label)']).to.include(getComputedStyle(cells[3]!, '::before').content);
    expect(cells[3]!.getAttribute('data-label')).to.equal('To replace');
    const inputs = part(el, 'inputs').getBoundingClientRect();
    expect(part(el, 'recommendation').getBoundingClientRect().top).to.be.at.least(inputs.bottom);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('sets its heading, group names and recommendation in bold, so the hierarchy reads at a glance', async () => {
    const el = await fixture<OpsReplacementCost>(html`<ops-replacement-cost locale="en-US"></ops-replacement-cost>`);
    const weight = (node: Element) => Number(getComputedStyle(node).fontWeight);
    for (const selector of ['[part~="heading"]', 'legend', '[part~="recommendation"] .title']) {
      expect(weight(shadow(el).querySelector(selector)!), selector).to.be.at.least(700);
    }
  });

  it('puts inputs beside the results in a wide column, by its own width', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 900px"><ops-replacement-cost locale="en-US"></ops-replacement-cost></div>`,
    );
    const el = wrapper.querySelector('ops-replacement-cost')!;
    await el.updateComplete;
    const inputs = part(el, 'inputs').getBoundingClientRect();
    const recommendation = part(el, 'recommendation').getBoundingClientRect();
    expect(recommendation.left).to.be.at.least(inputs.right);
    expect(recommendation.top).to.be.below(inputs.bottom);
  });

  it('passes axe in the dark theme', async () => {
    const el = await fixture<OpsReplacementCost>(
      html`<ops-replacement-cost
        theme="dark"
        locale="en-US"
        partner-fee="1"
        partner-ops-per-pipeline="1"
      ></ops-replacement-cost>`,
    );
    await expect(el).shadowDom.to.be.accessible();
  });
});
