import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/booking-cta/booking-cta.js';
import '../../../src/components/vendor-quiz/vendor-quiz.js';
import type { OpsVendorQuiz } from '../../../src/components/vendor-quiz/vendor-quiz.js';
import { defaultCopy, defaultQuiz } from '../../../src/components/vendor-quiz/quiz.content.js';
import {
  decodeShareFragment,
  encodeShareFragment,
  progressKey,
  serializeProgress,
} from '../../../src/components/vendor-quiz/quiz-progress.js';
import { scoreQuiz } from '../../../src/components/vendor-quiz/quiz-scoring.js';
import { summaryText } from '../../../src/components/vendor-quiz/quiz-summary.js';
import type { OpsErrorDetail } from '../../../src/core/events.js';
import { copyOfDefault, mixedAnswers, smallQuiz } from './quiz-fixtures.js';
import {
  $,
  $$,
  answerByClicks,
  buttonNamed,
  focused,
  press,
  radio,
  recordEvents,
  recordRejections,
  setClipboard,
  setExecCommand,
  shown,
  shownText,
} from './quiz-helpers.js';

describe('<ops-vendor-quiz>', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    localStorage.clear();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('opens on a start page with the title, intro and an optional vendor name', async () => {
    const el = await fixture<OpsVendorQuiz>(html`<ops-vendor-quiz></ops-vendor-quiz>`);
    expect($(el, '[part~="title"]')!.textContent).to.equal(defaultQuiz.title);
    expect($(el, '[part~="title"]')!.getAttribute('aria-level')).to.equal('2');
    expect(shownText(el)).to.contain(defaultQuiz.intro!);
    expect($(el, '[part~="vendor"]')!.textContent).to.contain('Vendor name (optional)');
    expect(buttonNamed(el, 'Start')).to.not.equal(null);
    expect(shown(el)).to.have.length(0);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('can be run from start to result with the keyboard alone, firing typed events', async () => {
    const events = recordEvents('ops-quiz-start', 'ops-quiz-answer', 'ops-quiz-complete');
    const el = await fixture<OpsVendorQuiz>(html`<ops-vendor-quiz></ops-vendor-quiz>`);
    (document.activeElement as HTMLElement | null)?.blur();

    await press('Tab');
    expect(focused(el)?.id).to.equal('vendor');
    await sendKeys({ type: 'Acme AI' });
    await press('Tab');
    expect(focused(el)?.textContent?.trim()).to.equal('Start');
    await press('Enter');
    await el.updateComplete;

    // Arrow presses from the first choice: 0 = clear, 1 = vague, 2 = bad, 3 = not asked.
    const arrows = [0, 0, 1, 3, 0, 2, 1];
    for (const [index, count] of arrows.entries()) {
      const question = defaultQuiz.questions[index]!;
      await waitUntil(() => focused(el)?.id === `q${index}`, `question ${index + 1} did not take focus`);
      expect(focused(el)!.localName).to.equal('legend');
      expect(shown(el), 'one question at a time').to.have.length(1);
      expect(focused(el)!.textContent).to.contain(question.text);
      const progress = $(el, '[role="progressbar"]')!;
      expect(progress.getAttribute('aria-valuenow')).to.equal(String(index + 1));
      expect(progress.getAttribute('aria-valuetext')).to.equal(`Question ${index + 1} of 7`);
      if (index === 0) await expect(el).shadowDom.to.be.accessible();

      await press('Tab'); // the "why it matters" disclosure
      expect(focused(el)!.localName).to.equal('summary');
      await press('Tab'); // into the radio group
      expect(focused(el)!.getAttribute('type')).to.equal('radio');
      // ' ', not 'Space': Firefox's WebDriver BiDi keyboard knows only the character.
      if (count === 0) await press(' ');
      for (let i = 0; i < count; i++) await press('ArrowDown');
      await press('Tab');
      expect(focused(el)!.textContent!.trim()).to.equal(index < 6 ? 'Next' : 'See result');
      await press('Enter');
      await el.updateComplete;
    }

    await waitUntil(() => focused(el)?.id === 'result', 'the result did not take focus');
    expect(focused(el)!.textContent).to.equal('Result: Acme AI');
    expect(shownText(el)).to.contain('Score: 8 of 14 points (57%)');
    expect($(el, '[part~="band"]')!.textContent).to.contain('Ask for evidence');
    expect($(el, '.visually-hidden[role="status"]')!.textContent).to.equal('Result: Ask for evidence. 8 of 14 points (57%)');
    events.stop();

    expect(events.seen[0]).to.deep.equal({ type: 'ops-quiz-start', detail: { quizId: 'ai-vendor-seven', vendor: 'Acme AI' } });
    const answers = events.seen.filter((event) => event.type === 'ops-quiz-answer').map((event) => event.detail);
    // Each arrow press selects, so the last answer event of each question holds the choice.
    const lastPerQuestion = defaultQuiz.questions.map((question) =>
      answers.filter((answer) => 'questionId' in answer && answer.questionId === question.id).pop(),
    );
    expect(lastPerQuestion).to.deep.equal(
      defaultQuiz.questions.map((question, index) => ({ questionId: question.id, value: mixedAnswers[question.id], index })),
    );
    const complete = events.seen.filter((event) => event.type === 'ops-quiz-complete');
    expect(complete).to.have.length(1);
    expect(complete[0]!.detail).to.deep.equal({
      quizId: 'ai-vendor-seven',
      vendor: 'Acme AI',
      score: 8,
      max: 14,
      band: { id: 'ask-for-evidence', label: 'Ask for evidence' },
      answers: mixedAnswers,
    });
  });

  it('shows the weakest answers first, with what to ask next, and passes axe', async () => {
    const el = await fixture<OpsVendorQuiz>(html`<ops-vendor-quiz></ops-vendor-quiz>`);
    await answerByClicks(el, mixedAnswers);
    expect(focused(el)?.textContent).to.equal('Result');
    const items = $$(el, '[part~="weakest"] li');
    expect(items.map((item) => item.textContent!.replace(/\s+/g, ' ').trim().split(':')[0])).to.deep.equal([
      '3am, Year 2',
      'Exit',
      'Autonomy',
      'Evidence',
      'Audit trail',
      'Your data',
      'Incentives',
    ]);
    const yearTwo = defaultQuiz.questions[5]!;
    expect(items[0]!.textContent).to.contain('Answer: No answer, or a bad one');
    expect(items[0]!.textContent).to.contain(`Ask next: ${yearTwo.askNext}`);
    expect(items[1]!.textContent).to.contain('Not asked yet (gap to close)');
    // What to ask next after a strong answer is only printed.
    expect(items[6]!.innerText).to.not.contain('Ask next');
    expect(shownText(el)).to.contain('Gaps to close: 1');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('goes back a step with the answer kept, and shows every question explained', async () => {
    const el = await fixture<OpsVendorQuiz>(html`<ops-vendor-quiz></ops-vendor-quiz>`);
    buttonNamed(el, 'Start')!.click();
    await el.updateComplete;
    const details = $<HTMLDetailsElement>(el, 'details')!;
    expect(details.querySelector('summary')!.textContent).to.equal('What a good answer sounds like, and why');
    expect(details.textContent).to.contain(defaultQuiz.questions[0]!.good!);
    expect(details.textContent).to.contain(defaultQuiz.questions[0]!.why!);
    radio(el, 'No answer, or a bad one').click();
    buttonNamed(el, 'Next')!.click();
    await waitUntil(() => focused(el)?.id === 'q1');
    expect($$<HTMLInputElement>(el, 'fieldset:not([hidden]) input').some((input) => input.checked)).to.equal(false);
    buttonNamed(el, 'Back')!.click();
    await waitUntil(() => focused(el)?.id === 'q0');
    expect(radio(el, 'No answer, or a bad one').checked).to.equal(true);
    buttonNamed(el, 'Back')!.click();
    await waitUntil(() => focused(el)?.id === 'vendor', 'back from the first question leads to the start page');
  });

  it('restores the step, answers and vendor after a reload', async () => {
    const first = await fixture<OpsVendorQuiz>(html`<ops-vendor-quiz></ops-vendor-quiz>`);
    const vendorField = $<HTMLInputElement>(first, '#vendor')!;
    vendorField.value = 'Acme AI';
    vendorField.dispatchEvent(new InputEvent('input'));
    buttonNamed(first, 'Start')!.click();
    await first.updateComplete;
    radio(first, 'Clear answer, with evidence').click();
    buttonNamed(first, 'Next')!.click();
    await first.updateComplete;
    radio(first, 'Vague, or “it depends”').click();
    buttonNamed(first, 'Next')!.click();
    await first.updateComplete;
    first.remove();

    const events = recordEvents('ops-quiz-start');
    const again = await fixture<OpsVendorQuiz>(html`<ops-vendor-quiz></ops-vendor-quiz>`);
    events.stop();
    expect(events.seen, 'a restored quiz is not a new start').to.deep.equal([]);
    expect(shown(again)[0]!.querySelector('legend')!.textContent).to.contain(defaultQuiz.questions[2]!.text);
    expect($(again, '[role="progressbar"]')!.getAttribute('aria-valuetext')).to.equal('Question 3 of 7');
    buttonNamed(again, 'Back')!.click();
    await again.updateComplete;
    expect(radio(again, 'Vague, or “it depends”').checked).to.equal(true);
    buttonNamed(again, 'Back')!.click();
    await again.updateComplete;
    expect(radio(again, 'Clear answer, with evidence').checked).to.equal(true);
    buttonNamed(again, 'Back')!.click();
    await again.updateComplete;
    expect($<HTMLInputElement>(again, '#vendor')!.value).to.equal('Acme AI');
  });

  it('does not restore answers saved for a different version of the quiz', async () => {
    localStorage.setItem(
      progressKey(defaultQuiz),
      serializeProgress(defaultQuiz, { vendor: 'Acme', answers: { 'audit-trail': 'clear' }, step: 3 }),
    );
    const restored = await fixture<OpsVendorQuiz>(html`<ops-vendor-quiz></ops-vendor-quiz>`);
    expect(shown(restored)[0]!.querySelector('legend')!.textContent, 'the saved progress itself is valid').to.contain(
      defaultQuiz.questions[3]!.text,
    );

    const edited = copyOfDefault();
    edited.questions[0]!.choices[0]!.score = 3;
    const el = await fixture<OpsVendorQuiz>(html`<ops-vendor-quiz .config=${edited}></ops-vendor-quiz>`);
    expect(shown(el)).to.have.length(0);
    expect($<HTMLInputElement>(el, '#vendor')!.value).to.equal('');
    buttonNamed(el, 'Start')!.click();
    await el.updateComplete;
    expect($$<HTMLInputElement>(el, 'fieldset:not([hidden]) input').some((input) => input.checked)).to.equal(false);
  });

  it("keeps the reader's answers when only the wording changes mid-quiz", async () => {
    const el = await fixture<OpsVendorQuiz>(html`<ops-vendor-quiz></ops-vendor-quiz>`);
    buttonNamed(el, 'Start')!.click();
    await el.updateComplete;
    radio(el, 'Clear answer, with evidence').click();
    buttonNamed(el, 'Next')!.click();
    await el.updateComplete;
    el.config = { copy: { next: 'Weiter', back: 'Zurück' } };
    await el.updateComplete;
    expect(buttonNamed(el, 'Weiter'), 'the new wording is shown').to.not.equal(null);
    expect(shown(el)[0]!.querySelector('legend')!.textContent, 'still on question 2').to.contain(defaultQuiz.questions[1]!.text);
    buttonNamed(el, 'Zurück')!.click();
    await el.updateComplete;
    expect(radio(el, 'Clear answer, with evidence').checked).to.equal(true);
  });

  it('stores nothing and restores nothing with no-save', async () => {
    localStorage.setItem(progressKey(defaultQuiz), serializeProgress(defaultQuiz, { vendor: '', answers: {}, step: 2 }));
    const el = await fixture<OpsVendorQuiz>(html`<ops-vendor-quiz no-save></ops-vendor-quiz>`);
    expect(buttonNamed(el, 'Start')).to.not.equal(null);
    localStorage.clear();
    await answerByClicks(el, mixedAnswers, 'Acme');
    expect(shownText(el)).to.contain('Score: 8 of 14 points');
    expect(localStorage.length).to.equal(0);
  });

  it('keeps working when storage is blocked', async () => {
    const own = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    const errors = recordEvents('ops-error');
    try {
      const el = await fixture<OpsVendorQuiz>(html`<ops-vendor-quiz></ops-vendor-quiz>`);
      await answerByClicks(el, mixedAnswers, 'Acme');
      expect(focused(el)?.textContent).to.equal('Result: Acme');
      expect(shownText(el)).to.contain('Score: 8 of 14 points');
      buttonNamed(el, 'Start over')!.click();
      await el.updateComplete;
      expect(buttonNamed(el, 'Start')).to.not.equal(null);
    } finally {
      errors.stop();
      Object.defineProperty(window, 'localStorage', own);
    }
    expect(errors.seen).to.deep.equal([]);
  });

  it('starts over only when asked: answers, vendor and saved progress are cleared', async () => {
    const el = await fixture<OpsVendorQuiz>(html`<ops-vendor-quiz></ops-vendor-quiz>`);
    await answerByClicks(el, mixedAnswers, 'Acme');
    expect(localStorage.getItem(progressKey(defaultQuiz))).to.not.equal(null);
    buttonNamed(el, 'Start over')!.click();
    await waitUntil(() => focused(el)?.id === 'vendor');
    expect($<HTMLInputElement>(el, '#vendor')!.value).to.equal('');
    expect(localStorage.getItem(progressKey(defaultQuiz))).to.equal(null);
    buttonNamed(el, 'Start')!.click();
    await el.updateComplete;
    expect($$<HTMLInputElement>(el, 'fieldset:not([hidden]) input').some((input) => input.checked)).to.equal(false);
  });

  it('runs a host quiz, without any of the default content leaking in', async () => {
    const el = await fixture<OpsVendorQuiz>(html`<ops-vendor-quiz .config=${smallQuiz()}></ops-vendor-quiz>`);
    expect($(el, '[part~="title"]')!.textContent).to.equal('Small quiz');
    expect(shownText(el)).to.not.contain(defaultQuiz.intro!);
    buttonNamed(el, 'Start')!.click();
    await el.updateComplete;
    expect($(el, '[role="progressbar"]')!.getAttribute('aria-valuetext')).to.equal('Question 1 of 5');
    expect($$(el, 'fieldset:not([hidden]) .choice').map((choice) => choice.textContent!.trim())).to.deep.equal([
      'Yes',
      'Partly',
      'No',
    ]);
    expect($(el, 'details'), 'no explanation to show').to.equal(null);
    for (const label of ['Yes', 'Yes', 'Yes', 'Yes', 'Partly']) {
      radio(el, label).click();
      $<HTMLButtonElement>(el, '[part~="button"]')!.click();
      await el.updateComplete;
    }
    expect($(el, '[part~="band"]')!.textContent).to.contain('High');
    expect(shownText(el)).to.contain('Score: 9 of 10 points (90%)');
  });

  it('takes a quiz from a JSON child and adjusts the default with partial config', async () => {
    const fromJson = await fixture<OpsVendorQuiz>(
      html`<ops-vendor-quiz>
        <script type="application/json">
          ${JSON.stringify(smallQuiz())}
        </script>
      </ops-vendor-quiz>`,
    );
    expect($(fromJson, '[part~="title"]')!.textContent).to.equal('Small quiz');

    const adjusted = await fixture<OpsVendorQuiz>(
      html`<ops-vendor-quiz .config=${{ title: 'Before you sign', copy: { start: 'Begin' } }}></ops-vendor-quiz>`,
    );
    expect($(adjusted, '[part~="title"]')!.textContent).to.equal('Before you sign');
    expect(buttonNamed(adjusted, 'Begin')).to.not.equal(null);
    expect(shownText(adjusted)).to.contain(defaultQuiz.intro!);
  });

  it('keeps the default questions when a layer gives questions as undefined, as for any key', async () => {
    const el = await fixture<OpsVendorQuiz>(
      html`<ops-vendor-quiz .config=${{ title: 'Before you sign', questions: undefined }}></ops-vendor-quiz>`,
    );
    expect($(el, '[role="alert"]')).to.equal(null);
    expect($(el, '[part~="title"]')!.textContent).to.equal('Before you sign');
    expect(shownText(el)).to.contain(defaultQuiz.intro!);
  });

  it('shows every question on one page in the list layout', async () => {
    const events = recordEvents('ops-quiz-start');
    const el = await fixture<OpsVendorQuiz>(html`<ops-vendor-quiz layout="list" .config=${smallQuiz()}></ops-vendor-quiz>`);
    const questions = shown(el);
    expect(questions.map((question) => question.querySelector('legend')!.textContent!.trim())).to.deep.equal(
      smallQuiz().questions.map((question) => question.text),
    );
    expect($(el, '[role="progressbar"]')).to.equal(null);
    questions.forEach((question, index) => question.querySelectorAll('input')[index % 2]!.click());
    await el.updateComplete;
    expect(
      events.seen.filter((event) => event.type === 'ops-quiz-start'),
      'started once, on the first answer',
    ).to.have.length(1);
    events.stop();
    const completed = oneEvent(el, 'ops-quiz-complete');
    buttonNamed(el, 'See result')!.click();
    expect((await completed).detail).to.deep.include({ quizId: 'small', score: 8, max: 10, band: { id: 'high', label: 'High' } });
    await waitUntil(() => focused(el)?.id === 'result');
    expect(shownText(el)).to.contain('Score: 8 of 10 points (80%)');
    expect(shown(el), 'the questions stay for review').to.have.length(5);

    const changed = oneEvent(el, 'ops-quiz-complete');
    const no = questions[0]!.querySelectorAll('input')[2]!;
    no.focus();
    no.click();
    expect((await changed).detail).to.deep.include({ score: 6, band: { id: 'mid', label: 'Mid' } });
    await el.updateComplete;
    expect(shownText(el)).to.contain('Score: 6 of 10 points (60%)');
    expect(focused(el), 'focus stays with the reader').to.equal(no);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('opens the explanations in the list layout, so the page prints whole', async () => {
    const el = await fixture<OpsVendorQuiz>(html`<ops-vendor-quiz layout="list"></ops-vendor-quiz>`);
    const details = $$<HTMLDetailsElement>(el, 'details');
    expect(details).to.have.length(7);
    expect(details.every((item) => item.open)).to.equal(true);
  });

  it('reports a malformed quiz with its path, without throwing', async () => {
    const quiz = smallQuiz() as { questions: { id: string }[]; bands: unknown[] };
    quiz.questions[3]!.id = 'q1';
    const events = recordEvents('ops-error');
    const el = await fixture<OpsVendorQuiz>(html`<ops-vendor-quiz .config=${quiz}></ops-vendor-quiz>`);
    events.stop();
    const alert = $(el, '[role="alert"]')!;
    expect(alert.textContent).to.contain('questions[3].id');
    expect(alert.textContent).to.contain('duplicate question id "q1"');
    expect($(el, '[part~="title"]')).to.equal(null);
    expect(events.seen).to.have.length(1);
    const detail = events.seen[0]!.detail as OpsErrorDetail;
    expect(detail.element).to.equal('ops-vendor-quiz');
    expect(detail.problems).to.deep.include({ path: 'questions[3].id', message: 'duplicate question id "q1"' });

    el.config = { ...smallQuiz(), bands: [{ id: 'x', label: 'X', minShare: 0.5 }], surprise: true } as never;
    await el.updateComplete;
    const text = $(el, '[role="alert"]')!.textContent!;
    expect(text).to.contain('surprise');
    expect(text).to.contain('minShare 0');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('renders hostile quiz text and vendor names as text, never as markup', async () => {
    const quiz = smallQuiz();
    quiz.title = '<img src=x onerror="window.hacked=1">';
    quiz.questions[0]!.text = '<script>window.hacked=1</script>?';
    quiz.questions[0]!.choices[0]!.label = '<b>Yes</b>';
    const el = await fixture<OpsVendorQuiz>(html`<ops-vendor-quiz .config=${quiz}></ops-vendor-quiz>`);
    const vendorField = $<HTMLInputElement>(el, '#vendor')!;
    vendorField.value = '<a href="javascript:alert(1)">Acme</a>';
    vendorField.dispatchEvent(new InputEvent('input'));
    buttonNamed(el, 'Start')!.click();
    await el.updateComplete;
    expect($(el, '[part~="title"]')!.textContent).to.equal('<img src=x onerror="window.hacked=1">');
    expect(shown(el)[0]!.querySelector('legend')!.textContent).to.contain('<script>window.hacked=1</script>?');
    radio(el, '<b>Yes</b>').click();
    for (let i = 0; i < 5; i++) {
      $<HTMLButtonElement>(el, '[part~="button"]')!.click();
      await el.updateComplete;
    }
    expect($(el, '#result')!.textContent).to.equal('Result: <a href="javascript:alert(1)">Acme</a>');
    expect($$(el, 'img, script, b, a')).to.deep.equal([]);
    expect((window as { hacked?: number }).hacked).to.equal(undefined);
  });

  it('copies a plain-text summary and says so', async () => {
    let copied = '';
    const restore = setClipboard(async (text) => {
      copied = text;
    });
    try {
      const el = await fixture<OpsVendorQuiz>(html`<ops-vendor-quiz></ops-vendor-quiz>`);
      await answerByClicks(el, mixedAnswers, 'Acme AI');
      expect($(el, '.status')!.textContent).to.equal('');
      buttonNamed(el, 'Copy summary')!.click();
      await waitUntil(() => $(el, '.status')!.textContent === 'Copied', 'no "Copied" status');
      expect(copied).to.equal(summaryText(defaultQuiz, scoreQuiz(defaultQuiz, mixedAnswers), 'Acme AI'));
      expect(copied.split('\n').slice(0, 3)).to.deep.equal([defaultQuiz.title, 'Vendor: Acme AI', 'Score: 8 of 14 points (57%)']);
      expect($(el, 'textarea')).to.equal(null);
    } finally {
      restore();
    }
  });

  it('selects the summary in a field for the reader to copy when the clipboard is refused', async () => {
    const restore = setClipboard(() => Promise.reject(new DOMException('Denied', 'NotAllowedError')));
    const execCommand = document.execCommand;
    document.execCommand = () => false;
    try {
      const el = await fixture<OpsVendorQuiz>(html`<ops-vendor-quiz></ops-vendor-quiz>`);
      await answerByClicks(el, mixedAnswers);
      buttonNamed(el, 'Copy summary')!.click();
      await waitUntil(() => $(el, 'textarea'), 'no fallback field');
      await el.updateComplete;
      const field = $<HTMLTextAreaElement>(el, 'textarea')!;
      expect(field.value).to.equal(summaryText(defaultQuiz, scoreQuiz(defaultQuiz, mixedAnswers)));
      expect(field.readOnly).to.equal(true);
      expect(focused(el)).to.equal(field);
      expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, field.value.length]);
      await waitUntil(() => $(el, '.status')!.textContent === defaultCopy.copyManual, 'no hint to copy by hand');
      await expect(el).shadowDom.to.be.accessible();
    } finally {
      restore();
      document.execCommand = execCommand;
    }
  });

  it('falls back to the selectable field, without an unhandled rejection, when the clipboard refuses and the copy command throws', async () => {
    const rejections = recordRejections();
    const restore = [
      setClipboard(() => Promise.reject(new DOMException('Denied', 'NotAllowedError'))),
      setExecCommand(() => {
        throw new DOMException('Not allowed', 'SecurityError');
      }),
    ];
    try {
      const el = await fixture<OpsVendorQuiz>(html`<ops-vendor-quiz></ops-vendor-quiz>`);
      await answerByClicks(el, mixedAnswers);
      buttonNamed(el, 'Copy summary')!.click();
      await waitUntil(() => $(el, '.status')!.textContent === defaultCopy.copyManual, 'no hint to copy by hand', {
        timeout: 1000,
      });
      expect($<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal(
        summaryText(defaultQuiz, scoreQuiz(defaultQuiz, mixedAnswers)),
      );
      await el.updateComplete;
    } finally {
      restore.forEach((undo) => undo());
      rejections.stop();
    }
    expect(rejections.seen).to.deep.equal([]);
  });

  it('offers the selectable field within a second when the clipboard never answers', async () => {
    const restore = [setClipboard(() => new Promise<void>(() => {})), setExecCommand(() => false)];
    try {
      const el = await fixture<OpsVendorQuiz>(html`<ops-vendor-quiz share></ops-vendor-quiz>`);
      await answerByClicks(el, mixedAnswers, 'Acme');
      buttonNamed(el, 'Copy share link')!.click();
      // The controller gives the clipboard one second; the field follows in the next render.
      await waitUntil(() => $(el, 'textarea'), 'no fallback field', { timeout: 1500 });
      expect(new URL($<HTMLTextAreaElement>(el, 'textarea')!.value).hash).to.equal(
        encodeShareFragment(defaultQuiz, mixedAnswers, 'Acme'),
      );
      expect($(el, '.status')!.textContent).to.equal(defaultCopy.copyManual);
    } finally {
      restore.forEach((undo) => undo());
    }
  });

  it('says "Copied" when the fallback copy works, also without a Clipboard API', async () => {
    const restore = setClipboard(undefined);
    const execCommand = document.execCommand;
    const el = await fixture<OpsVendorQuiz>(html`<ops-vendor-quiz></ops-vendor-quiz>`);
    let selected = '';
    document.execCommand = (command: string) => {
      const field = focused(el) as HTMLTextAreaElement;
      if (command === 'copy') selected = field.value.slice(field.selectionStart, field.selectionEnd);
      return command === 'copy';
    };
    try {
      await answerByClicks(el, mixedAnswers);
      buttonNamed(el, 'Copy summary')!.click();
      await waitUntil(() => $(el, '.status')!.textContent === 'Copied', 'no "Copied" status');
      expect(selected).to.equal(summaryText(defaultQuiz, scoreQuiz(defaultQuiz, mixedAnswers)));
    } finally {
      restore();
      document.execCommand = execCommand;
    }
  });

  it('keeps a page with two finished quizzes free of repeated landmarks', async () => {
    history.replaceState(null, '', encodeShareFragment(defaultQuiz, mixedAnswers, 'Acme'));
    const page = await fixture<HTMLDivElement>(
      html`<div><ops-vendor-quiz share></ops-vendor-quiz><ops-vendor-quiz share></ops-vendor-quiz></div>`,
    );
    const quizzes = [...page.querySelectorAll('ops-vendor-quiz')];
    await waitUntil(() => quizzes.every((quiz) => quiz.shadowRoot?.querySelector('[part~="result"]')), 'results not shown');
    await expect(page).to.be.accessible();
  });

  it('offers a share link only with the share attribute, and ignores shared answers without it', async () => {
    history.replaceState(null, '', encodeShareFragment(defaultQuiz, mixedAnswers, 'Acme'));
    const el = await fixture<OpsVendorQuiz>(html`<ops-vendor-quiz></ops-vendor-quiz>`);
    expect(buttonNamed(el, 'Start'), 'a fragment is ignored without share').to.not.equal(null);
    await answerByClicks(el, mixedAnswers);
    expect(buttonNamed(el, 'Copy share link')).to.equal(null);
  });

  it('round-trips the answers through a share link that stays in the fragment', async () => {
    let copied = '';
    const restore = setClipboard(async (text) => {
      copied = text;
    });
    let link: URL;
    try {
      const el = await fixture<OpsVendorQuiz>(html`<ops-vendor-quiz share></ops-vendor-quiz>`);
      await answerByClicks(el, mixedAnswers, 'Acme AI');
      buttonNamed(el, 'Copy share link')!.click();
      await waitUntil(() => copied);
      link = new URL(copied);
    } finally {
      restore();
    }
    expect(link.origin + link.pathname + link.search).to.equal(location.origin + location.pathname + location.search);
    expect(decodeShareFragment(defaultQuiz, link.hash)).to.deep.equal({ answers: mixedAnswers, vendor: 'Acme AI' });

    // The reader's own saved progress must survive opening someone else's link.
    localStorage.clear();
    const own = serializeProgress(defaultQuiz, { vendor: 'Mine', answers: { exit: 'bad' }, step: 4 });
    localStorage.setItem(progressKey(defaultQuiz), own);
    history.replaceState(null, '', link.hash);
    const opened = await fixture<OpsVendorQuiz>(html`<ops-vendor-quiz share></ops-vendor-quiz>`);
    expect($(opened, '#result')!.textContent).to.equal('Result: Acme AI');
    expect(shownText(opened)).to.contain('Score: 8 of 14 points (57%)');
    expect(localStorage.getItem(progressKey(defaultQuiz))).to.equal(own);
  });

  it('submits the result as JSON with a surrounding form, and clears it on reset', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><ops-vendor-quiz name="quiz"></ops-vendor-quiz></form>`);
    const el = form.querySelector('ops-vendor-quiz')!;
    await el.updateComplete;
    expect(new FormData(form).has('quiz'), 'an unfinished quiz submits nothing').to.equal(false);
    await answerByClicks(el, mixedAnswers, 'Acme');
    const value = JSON.parse(String(new FormData(form).get('quiz')));
    expect(value).to.deep.equal({
      quizId: 'ai-vendor-seven',
      vendor: 'Acme',
      score: 8,
      max: 14,
      band: { id: 'ask-for-evidence', label: 'Ask for evidence' },
      answers: mixedAnswers,
    });

    form.reset();
    await el.updateComplete;
    expect(new FormData(form).has('quiz')).to.equal(false);
    expect(buttonNamed(el, 'Start')).to.not.equal(null);
    expect(localStorage.getItem(progressKey(defaultQuiz))).to.equal(null);
  });

  it('starts from the vendor field with Enter', async () => {
    const el = await fixture<OpsVendorQuiz>(html`<ops-vendor-quiz></ops-vendor-quiz>`);
    $<HTMLInputElement>(el, '#vendor')!.focus();
    await sendKeys({ type: 'Acme' });
    const started = oneEvent(el, 'ops-quiz-start');
    await press('Enter');
    expect((await started).detail).to.deep.equal({ quizId: 'ai-vendor-seven', vendor: 'Acme' });
    await waitUntil(() => focused(el)?.id === 'q0');
  });

  it('hands its result to a booking call-to-action on the same page', async () => {
    const page = await fixture(
      html`<div>
        <ops-vendor-quiz></ops-vendor-quiz>
        <ops-booking-cta href="https://cal.com/ops-partner/30min"></ops-booking-cta>
      </div>`,
    );
    const el = page.querySelector('ops-vendor-quiz')!;
    const booking = page.querySelector('ops-booking-cta')!;
    await answerByClicks(el, mixedAnswers, 'Acme AI');
    await booking.updateComplete;
    const context = booking.shadowRoot!.querySelector('[part~="context"]')!;
    expect(context.textContent).to.contain('Vendor quiz (Acme AI): 8/14, Ask for evidence');
  });

  it('follows heading-level and stays within a 320px column', async () => {
    const el = await fixture<OpsVendorQuiz>(
      html`<div style="width: 320px"><ops-vendor-quiz heading-level="3"></ops-vendor-quiz></div>`,
    ).then((wrapper) => wrapper.querySelector('ops-vendor-quiz')!);
    await el.updateComplete;
    expect($(el, '[part~="title"]')!.getAttribute('aria-level')).to.equal('3');
    buttonNamed(el, 'Start')!.click();
    await el.updateComplete;
    const { width } = el.getBoundingClientRect();
    expect(width).to.equal(320);
    for (const item of $$(el, 'fieldset:not([hidden]) :is(.choice, legend), [part~="button"]')) {
      expect(item.getBoundingClientRect().right, item.textContent!.trim()).to.be.at.most(el.getBoundingClientRect().right);
    }
    expect(el.scrollWidth).to.be.at.most(320);
  });
});
