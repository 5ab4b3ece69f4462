import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { flagAttribute, numberAttribute, textAttribute, type AttributeValues } from '../../core/attributes.js';
import { ClipboardController } from '../../core/controllers/clipboard.js';
import { controlStyles } from '../../core/controls.js';
import { OpsElement } from '../../core/ops-element.js';
import { QuizFlow } from './quiz-flow.js';
import { encodeShareFragment } from './quiz-progress.js';
import { renderResult } from './quiz-result.js';
import { renderProgressBar, renderQuestion, renderStart } from './quiz-steps.js';
import { cleanVendorName, quizConfigSchema, quizOptionDefaults, type QuizConfigInput, type QuizSettings } from './quiz-schema.js';
import { summaryText } from './quiz-summary.js';
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

  protected readonly configSchema = quizConfigSchema;
  protected override readonly completeDefaults = true;
  private readonly clipboard = new ClipboardController(this);
  private readonly flow = new QuizFlow(this);

  protected defaultConfig(hostLayers: readonly unknown[]): unknown {
    // Merging a host's own questions over the default would leak the default's intro
    // and bands into a quiz they do not belong to. `questions: undefined` gives none, as in any layer.
    const hasOwnQuestions = hostLayers.some(
      (layer) => typeof layer === 'object' && layer !== null && (layer as { questions?: unknown }).questions !== undefined,
    );
    return hasOwnQuestions ? quizOptionDefaults : { ...quizOptionDefaults, ...defaultQuiz };
  }

  protected override settingsChanged(quiz: QuizSettings): void {
    // Restored progress would make the hydrating render differ from the server's: it waits for the update after.
    if (this.matchingServer) return;
    if (this.flow.use(quiz, this.id)) this.clipboard.reset();
  }

  /** Clears the answers and any saved progress, and goes back to the start. */
  restart(): void {
    this.flow.restart();
    this.clipboard.reset();
  }

  formResetCallback(): void {
    this.restart();
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
    this.internals.setFormValue(this.flow.formValue);
  }

  /** Headings follow `heading-level`, so the quiz fits the outline of the page around it. */
  private heading = (offset: number, id: string, text: string, part?: string): TemplateResult =>
    html`<p id=${id} class="h${offset}" part=${part ?? nothing} role="heading" aria-level=${this.settings!.headingLevel + offset}
      tabindex="-1">${text}</p>`;

  protected renderContent(quiz: QuizSettings): TemplateResult {
    const copy = quizCopy(quiz);
    const { flow } = this;
    const { phase } = flow;
    const total = quiz.questions.length;
    const list = quiz.layout === 'list';
    const index = phase.kind === 'question' ? phase.index : -1;
    const asking = !list && index >= 0;
    const vendor = cleanVendorName(flow.vendor);
    return html`<section class="card ${phase.kind === 'result' ? 'done' : ''}" part="base">
      ${this.heading(0, 'title', quiz.title, 'title')}
      ${
        list || phase.kind === 'start'
          ? renderStart(
              quiz,
              copy,
              flow.vendor,
              (event) => flow.start(event),
              (event) => flow.set({ vendor: (event.target as HTMLInputElement).value }),
            )
          : nothing
      }
      ${asking ? renderProgressBar(copy, index, total, () => flow.go(index ? { kind: 'question', index: index - 1 } : { kind: 'start' })) : nothing}
      ${quiz.questions.map((question, item) =>
        renderQuestion(question, item, {
          copy,
          chosen: flow.answers[question.id],
          shown: list || item === index,
          explained: list,
          choose: (choiceId) => flow.answer(item, question.id, choiceId),
        }),
      )}
      ${
        list || asking
          ? html`<div class="actions">
            <button type="button" class="button" part="button" @click=${() => (list ? flow.finish() : flow.next())}>
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
              answers: flow.answers,
              result: flow.result,
              vendor,
              at: flow.runAt,
              before: flow.lastRun,
              heading: this.heading,
              actions: [
                [copy.copySummary, () => this.copy(summaryText(quiz, flow.result, vendor))],
                quiz.share && [
                  copy.shareLink,
                  () => this.copy(location.href.replace(/#.*/, '') + encodeShareFragment(quiz, flow.answers, vendor)),
                ],
                !list && [copy.back, () => flow.go({ kind: 'question', index: total - 1 })],
                [copy.restart, () => (this.restart(), flow.go({ kind: 'start' }))],
              ],
              copyStatus: { idle: '', copied: copy.copied, manual: copy.copyManual }[this.clipboard.state],
              manualText: this.clipboard.manualText,
            })
          : nothing
      }
      <p class="visually-hidden" role="status">${flow.announcement}</p>
    </section>`;
  }
}

// The attribute properties are declared by the table; this gives them their types.
export interface OpsVendorQuiz extends AttributeValues<typeof attributes> {}
