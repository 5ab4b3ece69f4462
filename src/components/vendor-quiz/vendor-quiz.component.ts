import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { attributeProperties, flagAttribute, numberAttribute, textAttribute, type AttributeValues } from '../../core/attributes.js';
import { liveChecked } from '../../core/live-checked.js';
import { emit } from '../../core/events.js';
import type { QuizCompleteDetail } from '../../events/quiz.js';
import { fillCopy } from '../../core/format.js';
import { OpsElement } from '../../core/ops-element.js';
import { readStored, removeStored, writeStored } from '../../core/storage.js';
import { decodeShareFragment, encodeShareFragment, parseProgress, progressKey, serializeProgress } from './quiz-progress.js';
import {
  cleanVendorName,
  quizConfigSchema,
  quizOptionDefaults,
  type QuizAnswers,
  type QuizConfigInput,
  type QuizQuestion,
  type QuizSettings,
} from './quiz-schema.js';
import { scoreQuiz, type QuizResult } from './quiz-scoring.js';
import { pointsText, summaryText } from './quiz-summary.js';
import { defaultQuiz, quizCopy, type CopyKey } from './quiz.content.js';
import { quizStyles } from './vendor-quiz.styles.js';

type Copy = Record<CopyKey, string>;

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

  static override styles = [...OpsElement.styles, quizStyles];

  static override attributeTable = attributes;

  static override properties: PropertyDeclarations = {
    ...attributeProperties(attributes),
    vendor: { state: true },
    answers: { state: true },
    step: { state: true },
    announcement: { state: true },
    copyStatus: { state: true },
    manualCopy: { state: true },
  };

  /** As typed; cleaned wherever it is used. */
  declare private vendor: string;
  declare private answers: QuizAnswers;
  /** -1 is the start page, 0… the questions, questions.length the result. */
  declare private step: number;
  declare private announcement: string;
  declare private copyStatus: string;
  declare private manualCopy: string;
  /** Set once `ops-quiz-start` has fired; nothing is stored before the reader starts. */
  declare private started: boolean;

  protected readonly configSchema = quizConfigSchema;
  private readonly internals = this.attachInternals();
  private storageKey = '';

  constructor() {
    super();
    this.clear();
  }

  private clear(): void {
    this.vendor = this.announcement = this.copyStatus = this.manualCopy = '';
    this.answers = {};
    this.step = -1;
    this.started = false;
  }

  private get total(): number {
    return this.settings?.questions.length ?? 0;
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
    const key = progressKey(quiz);
    // Restored progress would make the hydrating render differ from the server's: it waits for the update after.
    if (key === this.storageKey || this.matchingServer) return;
    this.storageKey = key;
    // A shared result is shown, not stored: it must not overwrite the reader's own progress.
    const shared = quiz.share && decodeShareFragment(quiz, location.hash);
    const restored = shared || (quiz.save && parseProgress(quiz, readStored(key)));
    this.clear();
    // Saved progress brings its own step; a shared link has none and opens on the result.
    if (restored) Object.assign(this, { step: quiz.questions.length, ...restored, started: true });
  }

  /** Clears the answers and any saved progress, and goes back to the start. */
  restart(): void {
    removeStored(this.storageKey);
    this.clear();
  }

  formResetCallback(): void {
    this.restart();
  }

  private save(): void {
    if (this.started && this.settings?.save) {
      const progress = { vendor: this.vendor, answers: this.answers, step: Math.max(this.step, 0) };
      writeStored(this.storageKey, serializeProgress(this.settings, progress));
    }
  }

  private async go(step: number): Promise<void> {
    this.step = step;
    this.save();
    await this.updateComplete;
    // Each step's heading takes focus, so keyboard and screen-reader users land on what changed.
    this.renderRoot.querySelector<HTMLElement>(step < 0 ? '#vendor' : step < this.total ? `#q${step}` : '#result')?.focus();
  }

  /** Fires `ops-quiz-start` once: on Start, or on the first answer in the list layout. */
  private begin(): void {
    if (this.started) return;
    this.started = true;
    emit(this, 'ops-quiz-start', { quizId: this.settings!.id, vendor: cleanVendorName(this.vendor) });
  }

  private start(event: Event): void {
    event.preventDefault();
    this.begin();
    // In the list layout Enter in the vendor field leads to the questions, and leaves a shown result alone.
    void this.go(this.settings!.layout === 'list' && this.step >= this.total ? this.step : 0);
  }

  private onVendorInput(event: Event): void {
    this.vendor = (event.target as HTMLInputElement).value;
    this.save();
  }

  private answer(index: number, questionId: string, value: string): void {
    this.begin();
    this.answers = { ...this.answers, [questionId]: value };
    this.save();
    emit(this, 'ops-quiz-answer', { questionId, value, index });
    // The list layout keeps its questions under a shown result: a changed answer changes the result.
    if (this.step >= this.total) this.complete();
  }

  private next(): void {
    if (this.step + 1 < this.total) void this.go(this.step + 1);
    else this.finish();
  }

  /** Announces the result and tells the page about it. */
  private complete(): void {
    const { result } = this;
    const copy = quizCopy(this.settings!);
    this.announcement = `${copy.result}: ${result.band.label}. ${pointsText(copy, result)}`;
    emit(this, 'ops-quiz-complete', this.completeDetail(result));
  }

  private finish(): void {
    this.complete();
    void this.go(this.total);
  }

  private completeDetail({ score, max, band }: QuizResult): QuizCompleteDetail {
    return {
      quizId: this.settings!.id,
      vendor: cleanVendorName(this.vendor),
      score,
      max,
      band: { id: band.id, label: band.label },
      answers: { ...this.answers },
    };
  }

  /**
   * Copies with the Clipboard API; where that is missing (plain http) or refused, the
   * text is shown selected in a field, so the reader can copy it themselves.
   */
  private async copy(text: string): Promise<void> {
    const copy = quizCopy(this.settings!);
    this.copyStatus = this.manualCopy = '';
    try {
      await navigator.clipboard.writeText(text);
      this.copyStatus = copy.copied;
    } catch {
      this.manualCopy = text;
      await this.updateComplete;
      const field = this.renderRoot.querySelector('textarea')!;
      field.focus();
      field.select();
      this.copyStatus = document.execCommand?.('copy') ? copy.copied : copy.copyManual;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Only a finished quiz has a value: an unfinished one submits nothing.
    this.internals.setFormValue(this.step >= this.total ? JSON.stringify(this.completeDetail(this.result)) : null);
  }

  /** Headings follow `heading-level`, so the quiz fits the outline of the page around it. */
  private heading(offset: number, id: string, text: string, part?: string): TemplateResult {
    return html`<p id=${id} class="h${offset}" part=${part ?? nothing} role="heading"
      aria-level=${this.settings!.headingLevel + offset} tabindex="-1">${text}</p>`;
  }

  protected renderContent(quiz: QuizSettings): TemplateResult {
    const copy = quizCopy(quiz);
    const { step, total } = this;
    const list = quiz.layout === 'list';
    const asking = !list && step >= 0 && step < total;
    const progress = fillCopy(copy.progress, { current: step + 1, total });
    return html`<section class="card" part="base">
      ${this.heading(0, 'title', quiz.title, 'title')}
      ${list || step < 0
        ? html`${quiz.intro ? html`<p class="intro">${quiz.intro}</p>` : nothing}
            <form class="vendor" @submit=${this.start}>
              <label part="vendor">${copy.vendorLabel}
                <input id="vendor" maxlength="80" autocomplete="off" .value=${this.vendor} @input=${this.onVendorInput} />
              </label>
              ${list ? nothing : html`<button class="button" part="button">${copy.start}</button>`}
            </form>`
        : nothing}
      ${asking
        ? html`<div class="bar">
            <button type="button" class="link" @click=${() => this.go(step - 1)}>${copy.back}</button>
            <div class="progress" part="progress" role="progressbar" aria-labelledby="title" aria-valuemin="1"
              aria-valuemax=${total} aria-valuenow=${step + 1} aria-valuetext=${progress}>
              ${progress}
              <span class="track">${quiz.questions.map((_, index) => html`<i class=${index <= step ? 'done' : ''}></i>`)}</span>
            </div>
          </div>`
        : nothing}
      ${quiz.questions.map((question, index) => this.renderQuestion(question, index, copy, list))}
      ${list || asking
        ? html`<div class="actions">
            <button type="button" class="button" part="button" @click=${list ? this.finish : this.next}>
              ${list || step + 1 === total ? copy.finish : copy.next}
            </button>
          </div>`
        : nothing}
      ${step >= total ? this.renderResult(quiz, copy) : nothing}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </section>`;
  }

  /**
   * One question, the same in both layouts. The step layout renders them all and hides
   * all but the current one: each keeps its own radios, so no checked state can carry
   * over from one question to the next.
   */
  private renderQuestion(question: QuizQuestion, index: number, copy: Copy, list: boolean): TemplateResult {
    const chosen = this.answers[question.id];
    return html`<fieldset class="question" part="question" ?hidden=${!list && index !== this.step}>
      <legend id="q${index}" tabindex="-1">
        ${question.theme ? html`<span class="theme">${question.theme}</span>` : nothing}${question.text}
      </legend>
      ${question.why || question.good
        ? html`<details part="explain" ?open=${list}>
            <summary>${copy.explain}</summary>
            <dl>
              ${question.good ? html`<dt>${copy.good}</dt><dd>${question.good}</dd>` : nothing}
              ${question.why ? html`<dt>${copy.why}</dt><dd>${question.why}</dd>` : nothing}
            </dl>
          </details>`
        : nothing}
      <div class="choices">
        ${question.choices.map(
          (choice) => html`<label class="choice" part="choice">
            <input type="radio" name=${question.id} ?checked=${chosen === choice.id} ${liveChecked(chosen === choice.id)}
              @change=${() => this.answer(index, question.id, choice.id)} />
            ${choice.label}
          </label>`,
        )}
      </div>
    </fieldset>`;
  }

  private renderResult(quiz: QuizSettings, copy: Copy): TemplateResult {
    const { result } = this;
    const vendor = cleanVendorName(this.vendor);
    const { band } = result;
    const level = band.minShare === 0 ? 'low' : quiz.bands.some((other) => other.minShare > band.minShare) ? 'mid' : 'high';
    const button = (label: string, click: () => unknown, kind = 'secondary') =>
      html`<button type="button" class="button ${kind}" @click=${click}>${label}</button>`;
    return html`<section class="result" part="result">
      ${this.heading(1, 'result', vendor ? `${copy.result}: ${vendor}` : copy.result)}
      <p class="band ${level}" part="band"><strong>${band.label}</strong>${band.text}</p>
      <p class="score" part="score">${copy.score}: ${pointsText(copy, result)}</p>
      ${result.complete ? nothing : html`<p>${fillCopy(copy.answered, { answered: result.answered, total: quiz.questions.length })}</p>`}
      ${result.gaps ? html`<p>${fillCopy(copy.gaps, { count: result.gaps })}</p>` : nothing}
      ${this.heading(2, 'weakest', copy.weakestFirst)}
      <ol class="weakest" part="weakest" aria-labelledby="weakest">
        ${result.weakestFirst.map(
          ({ question, choice, isGap, isWeak, score }) => html`<li class=${isGap ? 'gap' : score === 0 ? 'low' : isWeak ? 'mid' : 'high'}>
            <p>${question.theme ? html`<strong>${question.theme}:</strong> ` : nothing}${question.text}</p>
            <p>${copy.answer}: ${choice?.label ?? copy.notAnswered}${isGap ? ` (${copy.gap})` : ''}</p>
            ${isWeak && question.askNext ? html`<p class="ask">${copy.askNext}: ${question.askNext}</p>` : nothing}
          </li>`,
        )}
      </ol>
      <div class="actions" part="actions">
        ${button(copy.copySummary, () => this.copy(summaryText(quiz, result, vendor)), '')}
        ${quiz.share ? button(copy.shareLink, () => this.copy(location.href.replace(/#.*/, '') + encodeShareFragment(quiz, this.answers, vendor))) : nothing}
        ${quiz.layout === 'list' ? nothing : button(copy.back, () => this.go(quiz.questions.length - 1))}
        ${button(copy.restart, () => {
          this.restart();
          void this.go(-1);
        })}
      </div>
      <p class="status" role="status">${this.copyStatus}</p>
      ${this.manualCopy
        ? html`<textarea readonly rows="6" aria-label=${copy.copyManual} .value=${this.manualCopy}></textarea>`
        : nothing}
    </section>`;
  }
}

// The attribute properties are declared by the table; this gives them their types.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface OpsVendorQuiz extends AttributeValues<typeof attributes> {}
