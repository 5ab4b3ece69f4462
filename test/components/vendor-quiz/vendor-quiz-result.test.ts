import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/components/vendor-quiz/vendor-quiz.js';
import type { OpsVendorQuiz } from '../../../src/components/vendor-quiz/vendor-quiz.js';
import { defaultQuiz } from '../../../src/components/vendor-quiz/quiz.content.js';
import {
  encodeShareFragment,
  lastRunKey,
  progressKey,
  serializeProgress,
} from '../../../src/components/vendor-quiz/quiz-progress.js';
import { mixedAnswers } from './quiz-fixtures.js';
import { $, $$, accessibleText, answerByClicks, buttonNamed, focused, radio, shown, visibleText } from './quiz-helpers.js';

/** The mixed answers with two answers improved and one made worse. */
const retakeAnswers = { ...mixedAnswers, exit: 'clear', 'year-two': 'vague', 'your-data': 'bad' };

const NOV_3 = Date.UTC(2026, 10, 3, 12);
const shortDate = (at: number) => new Date(at).toLocaleDateString(undefined, { dateStyle: 'medium' });
const visible = (element: Element | null) => !!element?.checkVisibility();

/** Stores a finished run for a vendor, as an earlier visit would have left it. */
function storeFinishedRun(vendor: string, answers: Record<string, string>, at: number) {
  localStorage.setItem(lastRunKey(defaultQuiz, vendor), serializeProgress(defaultQuiz, { vendor, answers, step: 7, at }));
}

async function startOver(el: OpsVendorQuiz) {
  buttonNamed(el, 'Start over')!.click();
  await waitUntil(() => focused(el)?.id === 'vendor');
}

describe('<ops-vendor-quiz> result', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    localStorage.clear();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('shows every answer at a glance, with a symbol and the answer in words, above the weakest-first list', async () => {
    const el = await fixture<OpsVendorQuiz>(html`<ops-vendor-quiz></ops-vendor-quiz>`);
    await answerByClicks(el, mixedAnswers);
    const glance = $(el, '[part~="glance"]')!;
    const items = $$(el, '[part~="glance"] li');
    expect(items.map((item) => item.querySelector('[aria-hidden="true"]')!.textContent)).to.deep.equal([
      '✓',
      '✓',
      '~',
      '?',
      '✓',
      '✗',
      '~',
    ]);
    expect(items.map(visibleText)).to.deep.equal([
      '✓ Audit trail',
      '✓ Your data',
      '~ Autonomy',
      '? Exit',
      '✓ Incentives',
      '✗ 3am, Year 2',
      '~ Evidence',
    ]);
    expect(accessibleText(items[3]!)).to.equal('Exit: Not asked yet');
    expect(accessibleText(items[5]!)).to.equal('3am, Year 2: No answer, or a bad one');
    expect(glance.getAttribute('aria-label')).to.equal('Answers at a glance');
    expect(glance.compareDocumentPosition($(el, '[part~="weakest"]')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect($(el, '[part~="compare"]'), 'a first run has nothing to compare with').to.equal(null);
    // 8 of 14 points: 8 of 14 segments filled, the middle band's colour, gaps where 50% (7) and 80% (11.2) begin.
    const scale = $(el, '.scale')!;
    expect(scale.getAttribute('aria-hidden'), 'the score line says it in words').to.equal('true');
    expect(scale.classList.contains('mid')).to.equal(true);
    const segments = [...scale.querySelectorAll('i')];
    expect(segments.map((segment) => segment.classList.contains('on'))).to.deep.equal(
      [...Array(14).keys()].map((index) => index < 8),
    );
    expect(segments.flatMap((segment, index) => (segment.classList.contains('start') ? [index] : []))).to.deep.equal([7, 11]);
    expect($$(el, '.legend li').map(visibleText)).to.deep.equal([
      'Customer-to-hostage risk',
      'Ask for evidence ≥ 50%',
      'Operator-grade ≥ 80%',
    ]);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('shows what changed since the last run when the reader retakes the quiz for the same vendor', async () => {
    const el = await fixture<OpsVendorQuiz>(html`<ops-vendor-quiz></ops-vendor-quiz>`);
    await answerByClicks(el, mixedAnswers, 'Acme AI');
    await startOver(el);
    await answerByClicks(el, retakeAnswers, 'acme ai');
    const compare = $(el, '[part~="compare"]')!;
    expect(compare.querySelector('[role="heading"]')!.textContent).to.equal(`Since your run of ${shortDate(Date.now())}`);
    expect(compare.textContent).to.contain('Then: 8 of 14 points (57%)');
    expect($$(el, '[part~="compare"] li').map(accessibleText)).to.deep.equal([
      'Your data: Clear answer, with evidence, now No answer, or a bad one',
      'Exit: Not asked yet, now Clear answer, with evidence',
      '3am, Year 2: No answer, or a bad one, now Vague, or “it depends”',
    ]);
    await expect(el).shadowDom.to.be.accessible();

    // After a reload on the result, the comparison is still with the earlier run.
    const reloaded = await fixture<OpsVendorQuiz>(html`<ops-vendor-quiz></ops-vendor-quiz>`);
    expect($$(reloaded, '[part~="compare"] li')).to.have.length(3);

    await startOver(reloaded);
    await answerByClicks(reloaded, mixedAnswers, 'Other vendor');
    expect($(reloaded, '[part~="compare"]'), 'another vendor has no earlier run').to.equal(null);
  });

  it('says so when no answer changed, and dates the comparison by the earlier run', async () => {
    storeFinishedRun('Acme', mixedAnswers, NOV_3);
    const el = await fixture<OpsVendorQuiz>(html`<ops-vendor-quiz></ops-vendor-quiz>`);
    await answerByClicks(el, mixedAnswers, 'Acme');
    const compare = $(el, '[part~="compare"]')!;
    expect(compare.querySelector('[role="heading"]')!.textContent).to.equal(`Since your run of ${shortDate(NOV_3)}`);
    expect(compare.textContent).to.contain('No answer changed.');
    await expect(el).shadowDom.to.be.accessible();
  });

  it("compares a shared link with the reader's own last run for that vendor, without overwriting it", async () => {
    storeFinishedRun('Acme', retakeAnswers, NOV_3);
    const own = localStorage.getItem(lastRunKey(defaultQuiz, 'Acme'));
    history.replaceState(null, '', encodeShareFragment(defaultQuiz, mixedAnswers, 'Acme'));
    const el = await fixture<OpsVendorQuiz>(html`<ops-vendor-quiz share></ops-vendor-quiz>`);
    expect($(el, '#result')!.textContent).to.equal('Result: Acme');
    expect($$(el, '[part~="compare"] li').map(accessibleText)[1]).to.equal(
      'Exit: Clear answer, with evidence, now Not asked yet',
    );
    expect(localStorage.getItem(lastRunKey(defaultQuiz, 'Acme'))).to.equal(own);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('keeps and compares nothing with no-save', async () => {
    storeFinishedRun('Acme', retakeAnswers, NOV_3);
    const el = await fixture<OpsVendorQuiz>(html`<ops-vendor-quiz no-save></ops-vendor-quiz>`);
    await answerByClicks(el, mixedAnswers, 'Acme');
    expect($(el, '[part~="compare"]')).to.equal(null);
    expect(localStorage.length).to.equal(1);
  });

  it('keeps separate progress for two copies of one quiz with their own ids, and shares it for the same id', async () => {
    const page = await fixture(
      html`<div><ops-vendor-quiz id="vendor-a"></ops-vendor-quiz><ops-vendor-quiz id="vendor-b"></ops-vendor-quiz></div>`,
    );
    const a = page.querySelector<OpsVendorQuiz>('#vendor-a');
    await a!.updateComplete;
    buttonNamed(a!, 'Start')!.click();
    await a!.updateComplete;
    radio(a!, 'Clear answer, with evidence').click();
    buttonNamed(a!, 'Next')!.click();
    await a!.updateComplete;
    expect(localStorage.getItem(progressKey(defaultQuiz, 'vendor-a'))).to.not.equal(null);

    const again = await fixture(
      html`<div><ops-vendor-quiz id="vendor-a"></ops-vendor-quiz><ops-vendor-quiz id="vendor-b"></ops-vendor-quiz></div>`,
    );
    const [a2, b2] = [...again.querySelectorAll('ops-vendor-quiz')] as OpsVendorQuiz[];
    await Promise.all([a2!.updateComplete, b2!.updateComplete]);
    expect(shown(a2!)[0]!.querySelector('legend')!.textContent).to.contain(defaultQuiz.questions[1]!.text);
    expect(buttonNamed(b2!, 'Start'), 'the other copy starts afresh').to.not.equal(null);
  });

  it('shows only the offered actions, with no stray text where sharing is off', async () => {
    const el = await fixture<OpsVendorQuiz>(html`<ops-vendor-quiz></ops-vendor-quiz>`);
    await answerByClicks(el, mixedAnswers);
    expect(visibleText($(el, '[part~="actions"]')!)).to.equal('Copy summaryBackStart over');
  });

  it('leaves the "‹" of Back out of its accessible name', async () => {
    const el = await fixture<OpsVendorQuiz>(html`<ops-vendor-quiz></ops-vendor-quiz>`);
    buttonNamed(el, 'Start')!.click();
    await el.updateComplete;
    const back = $(el, '.bar button')!;
    expect(back.textContent!.trim()).to.match(/^‹\s+Back$/);
    expect(back.querySelector('[aria-hidden="true"]')!.textContent).to.equal('‹');
    expect(accessibleText(back)).to.equal('Back');
    // Generated content would be named too: the glyph must not come from CSS.
    expect(getComputedStyle(back, '::before').content).to.equal('none');
  });

  it('refuses an invisible button label, naming where, and keeps the last working quiz', async () => {
    const el = await fixture<OpsVendorQuiz>(html`<ops-vendor-quiz></ops-vendor-quiz>`);
    el.config = { copy: { start: '\u200b\u200b' } };
    await el.updateComplete;
    expect($(el, '[role="alert"]')!.textContent).to.contain('copy.start').and.contain('must contain visible text');
    expect(buttonNamed(el, 'Start')).to.not.equal(null);
  });

  describe('printed', () => {
    // Print emulation needs the Chrome DevTools Protocol: Firefox (WebDriver BiDi) and WebKit (WebDriver) have none.
    before(function () {
      if (!/Chrome\//.test(navigator.userAgent)) this.skip();
    });
    afterEach(() => emulateMedia({ media: 'screen' }));

    it('is a report: title, vendor, date, score, and every question with its answer, why it matters and what to ask next', async () => {
      const el = await fixture<OpsVendorQuiz>(html`<ops-vendor-quiz layout="list"></ops-vendor-quiz>`);
      for (const question of defaultQuiz.questions) {
        const choice = question.choices.find((item) => item.id === mixedAnswers[question.id])!;
        const inputs = [...shown(el)]
          .find((fieldset) => fieldset.textContent!.includes(question.text))!
          .querySelectorAll('input');
        inputs[question.choices.indexOf(choice)]!.click();
      }
      const vendor = $<HTMLInputElement>(el, '#vendor')!;
      vendor.value = 'Acme AI';
      vendor.dispatchEvent(new InputEvent('input'));
      buttonNamed(el, 'See result')!.click();
      await waitUntil(() => $(el, '#result'));
      const date = $(el, '[part~="result"] time')!;
      expect(visible(date), 'the date shows only in print').to.equal(false);

      await emulateMedia({ media: 'print' });
      expect(visible($(el, '[part~="title"]'))).to.equal(true);
      expect($(el, '#result')!.textContent).to.equal('Result: Acme AI');
      expect(visible(date)).to.equal(true);
      expect(date.getAttribute('datetime')).to.equal(new Date().toISOString().slice(0, 10));
      expect(visible($(el, '[part~="score"]'))).to.equal(true);
      const items = $$(el, '[part~="weakest"] li');
      expect(items).to.have.length(7);
      for (const item of items) {
        const text = item.innerText;
        const question = defaultQuiz.questions.find((each) => text.includes(each.text))!;
        expect(text).to.contain('Answer: ');
        expect(text).to.contain(`Why it matters: ${question.why}`);
        expect(text).to.contain(`Ask next: ${question.askNext}`);
      }
      for (const selector of ['[part~="actions"]', '[part~="question"]', '.vendor', '.intro']) {
        expect(visible($(el, selector)), `${selector} is left out of the report`).to.equal(false);
      }
      await expect(el).shadowDom.to.be.accessible();
    });
  });
});
