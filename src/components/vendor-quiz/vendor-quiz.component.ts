import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import {
  attributeProperties,
  flagAttribute,
  numberAttribute,
  textAttribute,
  type AttributeValues,
} from '../../core/attributes.js';
import { ClipboardController } from '../../core/controllers/clipboard.js';
import { emit } from '../../core/events.js';
import { controlStyles } from '../../core/controls.js';
import { OpsElement } from '../../core/ops-element.js';
import {
  decodeShareFragment,
  encodeShareFragment,
  phaseOf,
  stepOf,
  type QuizPhase,
  type QuizProgress,
  type QuizRun,
} from './quiz-progress.js';
import { renderResult } from './quiz-result.js';
import { QuizRunsController } from './quiz-runs.js';
import { renderProgressBar, renderQuestion, renderStart } from './quiz-steps.js';
import {
  cleanVendorName,
  quizConfigSchema,
  quizOptionDefaults,
  type QuizAnswers,
  type QuizConfigInput,
  type QuizSettings,
} from './quiz-schema.js';
import { scoreQuiz, type QuizResult } from './quiz-scoring.js';
import { completeDetail, pointsText, summaryText } from './quiz-summary.js';
import { defaultQuiz, quizCopy } from './quiz.content.js';
import { quizStyles } from './vendor-quiz.styles.js';

const attributes = {
  layout: textAttribute<QuizSettings['layout']>('layout'),
  share: flagAttribute('share'),
  noSave: flagAttribute('save', true),
  headingLevel: numberAttribute('headingLevel'),
  /** Form field name: inside a `<form>`, the finished result is submitted as JSON under this name. */
  name: textAttribute(undefined, true),
};

/**
 * The buyer-side diagnostic: questions to put to any AI vendor, one at a time (or all on
 * one page), marked by how the vendor answered, then scored with the weakest answers
 * first and what to ask next. Progress is kept in this browser only; nothing is sent anywhere.
 * A retake for the same vendor shows what changed since the last finished run; printed,
 * the result is a report with every question, why it matters and what to ask next.
 *
 * Saved progress is keyed by the quiz's `id` and its questions, and by the element's own
 * `id` attribute when it has one: give each copy of one quiz on a page its own `id`
 * (`<ops-vendor-quiz id="vendor-a">`), or they share one saved progress.
 *
 * The quiz comes from, later winning: the default seven questions, a
 * `<script type="application/json">` child, the `config` property. A quiz with its own
 * `questions` replaces the default whole; one without (a new `title`, some `copy`) adjusts it.
 *
 * @summary Seven questions for any AI vendor: scored, explained, shareable.
 * @tag ops-vendor-quiz
 *
 * @attr {'step' | 'list'} layout - `step` (default: one question at a time) or `list` (every question on one page; prints well).
 * @attr {boolean} share - Offer a link that carries the answers in the URL fragment, and show the result such a link holds.
 * @attr {boolean} no-save - Keep nothing in localStorage (progress is not restored after a reload).
 * @attr name - Form field name: inside a `<form>`, the finished result is submitted as JSON under this name.
 * @attr {number} heading-level - Level of the quiz title heading, 1–6 (default 2); the result's headings follow it.
 * @attr theme - `light` (default), `dark` or `auto`.
 *
 * @event ops-quiz-start - The reader started the quiz. `detail: { quizId, vendor }`.
 * @event ops-quiz-answer - The reader chose an answer. `detail: { questionId, value, index }`.
 * @event ops-quiz-complete - The reader asked for the result. `detail: { quizId, vendor, score, max, band: { id, label }, answers }`.
 * @event ops-error - The quiz configuration is invalid. `detail: { element, source, message, problems }`.
 *
 * @csspart base - The card around everything.
 * @csspart title - The quiz title.
 * @csspart vendor - The vendor name field and its label.
 * @csspart progress - The "question 3 of 7" progress bar.
 * @csspart question - Each question (a fieldset).
 * @csspart choice - Each answer (a label around a radio button).
 * @csspart explain - The "why it matters / what a good answer sounds like" disclosure.
 * @csspart button - The main button of each step.
 * @csspart result - The result section.
 * @csspart band - The result band and its explanation.
 * @csspart score - The score line.
 * @csspart glance - Every answer at a glance: a mark and the theme for each question.
 * @csspart compare - What changed since the reader's last run for this vendor.
 * @csspart weakest - The list of answers, weakest first.
 * @csspart actions - The result's buttons.
 * @csspart error - The configuration error message.
 *
 * @cssprop --ops-accent - Buttons, links, chosen answer and progress colour.
 * @cssprop --ops-accent-fg - Text colour on buttons.
 * @cssprop --ops-fg - Text colour.
 * @cssprop --ops-bg - Background colour.
 * @cssprop --ops-surface - Background of the chosen answer and result panels.
 * @cssprop --ops-muted - Secondary text colour.
 * @cssprop --ops-border - Border and empty progress colour.
 * @cssprop --ops-good - Marks a strong result and strong answers.
 * @cssprop --ops-warn - Marks a middling result and weak answers.
 * @cssprop --ops-danger - Marks a weak result and bad answers.
 * @cssprop --ops-radius - Corner radius.
 * @cssprop --ops-gap - Space between parts.
 * @cssprop --ops-font - Font family (inherits the page's by default).
 */
export class OpsVendorQuiz extends OpsElement<QuizSettings, QuizConfigInput> {
  static formAssociated = true;

  static override styles = [...OpsElement.styles, controlStyles, quizStyles];

  static override attributeTable = attributes;

  static override properties: PropertyDeclarations = {
    ...attributeProperties(attributes),
    vendor: { state: true },
    answers: { state: true },
    phase: { state: true },
    announcement: { state: true },
    runAt: { state: true },
    lastRun: { state: true },
  };

  /** As typed; cleaned wherever it is used. */
  declare private vendor: string;
  declare private answers: QuizAnswers;
  declare private phase: QuizPhase;
  declare private announcement: string;
  /** When this run started (or the shared result was opened); 0 before the reader starts. */
  declare private runAt: number;
  /** The previous run for this quiz and vendor, shown with the result. */
  declare private lastRun: QuizRun | null;
  /** Set once `ops-quiz-start` has fired; nothing is stored before the reader starts. */
  declare private started: boolean;
  /** A shared result is shown, not stored: it must not overwrite the reader's own progress. */
  declare private viewingShare: boolean;

  protected readonly configSchema = quizConfigSchema;
  private readonly internals = this.attachInternals();
  private readonly clipboard = new ClipboardController(this);
  private readonly runs = new QuizRunsController(this, () => (this.started && !this.viewingShare ? this.run : null));

  constructor() {
    super();
    this.clear();
  }

  private clear(): void {
    this.vendor = this.announcement = '';
    this.answers = {};
    this.phase = { kind: 'start' };
    this.runAt = 0;
    this.lastRun = null;
    this.started = this.viewingShare = false;
    this.clipboard.reset();
  }

  private get total(): number {
    return this.settings?.questions.length ?? 0;
  }

  private get run(): QuizProgress {
    return { vendor: this.vendor, answers: this.answers, step: stepOf(this.phase, this.total), at: this.runAt };
  }

  private get result(): QuizResult {
    return scoreQuiz(this.settings!, this.answers);
  }

  protected defaultConfig(hostLayers: readonly unknown[]): unknown {
    // Merging a host's own questions over the default would leak the default's intro
    // and bands into a quiz they do not belong to.
    const hasOwnQuestions = hostLayers.some((layer) => typeof layer === 'object' && layer !== null && 'questions' in layer);
    return hasOwnQuestions ? quizOptionDefaults : { ...quizOptionDefaults, ...defaultQuiz };
  }

  protected override settingsChanged(quiz: QuizSettings): void {
    // Restored progress would make the hydrating render differ from the server's: it waits for the update after.
    if (this.matchingServer) return;
    const saved = this.runs.use(quiz, this.id);
    if (saved === undefined) return;
    const shared = quiz.share && decodeShareFragment(quiz, location.hash);
    this.clear();
    if (shared) {
      Object.assign(this, shared, { phase: { kind: 'result' }, runAt: Date.now(), started: true, viewingShare: true });
    } else if (saved) {
      const { vendor, answers, step, at = Date.now() } = saved;
      Object.assign(this, { vendor, answers, phase: phaseOf(step, quiz.questions.length), runAt: at, started: true });
    }
    if (this.phase.kind === 'result') this.lastRun = this.runs.previous(this.run, !this.viewingShare);
  }

  /** Clears the answers and any saved progress, and goes back to the start. */
  restart(): void {
    this.runs.clear();
    this.clear();
  }

  formResetCallback(): void {
    this.restart();
  }

  private async go(phase: QuizPhase): Promise<void> {
    this.phase = phase;
    await this.updateComplete;
    // Each step's heading takes focus, so keyboard and screen-reader users land on what changed.
    const target = this.renderRoot.querySelector<HTMLElement>(
      phase.kind === 'start' ? '#vendor' : phase.kind === 'question' ? `#q${phase.index}` : '#result',
    );
    // Firefox does not focus a just-shown legend before layout has run; reading its box runs layout.
    target?.getBoundingClientRect();
    target?.focus();
  }

  /** Fires `ops-quiz-start` once: on Start, or on the first answer in the list layout. */
  private begin(): void {
    if (this.started) return;
    this.started = true;
    this.runAt = Date.now();
    emit(this, 'ops-quiz-start', { quizId: this.settings!.id, vendor: cleanVendorName(this.vendor) });
  }

  private start(event: Event): void {
    event.preventDefault();
    this.begin();
    // In the list layout Enter in the vendor field leads to the questions, and leaves a shown result alone.
    void this.go(this.settings!.layout === 'list' && this.phase.kind === 'result' ? this.phase : { kind: 'question', index: 0 });
  }

  private answer(index: number, questionId: string, value: string): void {
    this.begin();
    this.answers = { ...this.answers, [questionId]: value };
    emit(this, 'ops-quiz-answer', { questionId, value, index });
    // The list layout keeps its questions under a shown result: a changed answer changes the result.
    if (this.phase.kind === 'result') this.complete();
  }

  private next(): void {
    const index = this.phase.kind === 'question' ? this.phase.index + 1 : 0;
    if (index < this.total) void this.go({ kind: 'question', index });
    else this.finish();
  }

  /** Announces the result and tells the page about it. */
  private complete(): void {
    const { result } = this;
    const copy = quizCopy(this.settings!);
    this.announcement = `${copy.result}: ${result.band.label}. ${pointsText(copy, result)}`;
    this.lastRun = this.runs.previous(this.run, !this.viewingShare);
    emit(this, 'ops-quiz-complete', completeDetail(this.settings!, result, this.vendor, this.answers));
  }

  private finish(): void {
    this.complete();
    void this.go({ kind: 'result' });
  }

  /** Where the clipboard cannot be used, the text is shown selected for the reader to copy. */
  private async copy(text: string): Promise<void> {
    if ((await this.clipboard.copy(text)) !== 'manual') return;
    await this.updateComplete;
    const field = this.renderRoot.querySelector('textarea');
    field?.focus();
    field?.select();
    this.clipboard.tryCopyCommand();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Only a finished quiz has a value: an unfinished one submits nothing.
    this.internals.setFormValue(
      this.phase.kind === 'result'
        ? JSON.stringify(completeDetail(this.settings!, this.result, this.vendor, this.answers))
        : null,
    );
  }

  /** Headings follow `heading-level`, so the quiz fits the outline of the page around it. */
  private heading = (offset: number, id: string, text: string, part?: string): TemplateResult =>
    html`<p id=${id} class="h${offset}" part=${part ?? nothing} role="heading" aria-level=${this.settings!.headingLevel + offset}
      tabindex="-1">${text}</p>`;

  protected renderContent(quiz: QuizSettings): TemplateResult {
    const copy = quizCopy(quiz);
    const { phase, total } = this;
    const list = quiz.layout === 'list';
    const index = phase.kind === 'question' ? phase.index : -1;
    const asking = !list && index >= 0;
    const vendor = cleanVendorName(this.vendor);
    return html`<section class="card ${phase.kind === 'result' ? 'done' : ''}" part="base">
      ${this.heading(0, 'title', quiz.title, 'title')}
      ${
        list || phase.kind === 'start'
          ? renderStart(quiz, copy, this.vendor, this.start, (event) => (this.vendor = (event.target as HTMLInputElement).value))
          : nothing
      }
      ${asking ? renderProgressBar(copy, index, total, () => this.go(index ? { kind: 'question', index: index - 1 } : { kind: 'start' })) : nothing}
      ${quiz.questions.map((question, item) =>
        renderQuestion(question, item, {
          copy,
          chosen: this.answers[question.id],
          shown: list || item === index,
          explained: list,
          choose: (choiceId) => this.answer(item, question.id, choiceId),
        }),
      )}
      ${
        list || asking
          ? html`<div class="actions">
            <button type="button" class="button" part="button" @click=${list ? this.finish : this.next}>
              ${list || index + 1 === total ? copy.finish : copy.next}
            </button>
          </div>`
          : nothing
      }
      ${
        phase.kind === 'result'
          ? renderResult({
              quiz,
              copy,
              answers: this.answers,
              result: this.result,
              vendor,
              at: this.runAt,
              before: this.lastRun,
              heading: this.heading,
              actions: [
                [copy.copySummary, () => this.copy(summaryText(quiz, this.result, vendor))],
                quiz.share && [
                  copy.shareLink,
                  () => this.copy(location.href.replace(/#.*/, '') + encodeShareFragment(quiz, this.answers, vendor)),
                ],
                !list && [copy.back, () => this.go({ kind: 'question', index: total - 1 })],
                [copy.restart, () => (this.restart(), this.go({ kind: 'start' }))],
              ],
              copyStatus: { idle: '', copied: copy.copied, manual: copy.copyManual }[this.clipboard.state],
              manualText: this.clipboard.manualText,
            })
          : nothing
      }
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </section>`;
  }
}

// The attribute properties are declared by the table; this gives them their types.
export interface OpsVendorQuiz extends AttributeValues<typeof attributes> {}
