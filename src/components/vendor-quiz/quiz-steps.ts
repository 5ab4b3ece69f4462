import { html, nothing, type TemplateResult } from 'lit';
import { fillCopy } from '../../core/format.js';
import { liveChecked } from '../../core/live-checked.js';
import type { QuizQuestion, QuizSettings } from './quiz-schema.js';
import type { CopyKey } from './quiz.content.js';

type Copy = Record<CopyKey, string>;

/** The intro and the vendor name field; in the step layout, the Start button. */
export function renderStart(
  quiz: QuizSettings,
  copy: Copy,
  vendor: string,
  start: (event: Event) => void,
  input: (event: Event) => void,
): TemplateResult {
  return html`${quiz.intro ? html`<p class="intro">${quiz.intro}</p>` : nothing}
    <form class="vendor" @submit=${start}>
      <label part="vendor">${copy.vendorLabel}
        <input id="vendor" class="field" maxlength="80" autocomplete="off" .value=${vendor} @input=${input} />
      </label>
      ${quiz.layout === 'list' ? nothing : html`<button class="button" part="button">${copy.start}</button>`}
    </form>`;
}

/** "‹ Back" and "Question 3 of 7" above a question in the step layout. */
export function renderProgressBar(copy: Copy, index: number, total: number, back: () => unknown): TemplateResult {
  const progress = fillCopy(copy.progress, { current: index + 1, total });
  return html`<div class="bar">
    <button type="button" class="button secondary" @click=${back}><span aria-hidden="true">‹</span> ${copy.back}</button>
    <div class="progress" part="progress" role="progressbar" aria-labelledby="title" aria-valuemin="1"
      aria-valuemax=${total} aria-valuenow=${index + 1} aria-valuetext=${progress}>
      ${progress}
      <span class="track">${Array.from({ length: total }, (_, item) => html`<i class=${item <= index ? 'done' : ''}></i>`)}</span>
    </div>
  </div>`;
}

export interface QuestionView {
  copy: Copy;
  /** The chosen choice's id. */
  chosen: string | undefined;
  shown: boolean;
  /** Explanations open, as in the list layout, which is read (and printed) whole. */
  explained: boolean;
  choose: (choiceId: string) => void;
}

/**
 * One question, the same in both layouts. The step layout renders them all and hides
 * all but the current one: each keeps its own radios, so no checked state can carry
 * over from one question to the next.
 */
export function renderQuestion(
  question: QuizQuestion,
  index: number,
  { copy, chosen, shown, explained, choose }: QuestionView,
): TemplateResult {
  return html`<fieldset class="question" part="question" ?hidden=${!shown}>
    <legend id="q${index}" tabindex="-1">
      ${question.theme ? html`<span class="theme">${question.theme}</span>` : nothing}${question.text}
    </legend>
    ${
      question.why || question.good
        ? html`<details part="explain" ?open=${explained}>
          <summary>${copy.explain}</summary>
          <dl>
            ${question.good ? html`<dt>${copy.good}</dt><dd>${question.good}</dd>` : nothing}
            ${question.why ? html`<dt>${copy.why}</dt><dd>${question.why}</dd>` : nothing}
          </dl>
        </details>`
        : nothing
    }
    <div class="choices">
      ${question.choices.map(
        (choice) => html`<label class="choice" part="choice">
          <input type="radio" class="check" name=${question.id} ?checked=${chosen === choice.id} ${liveChecked(chosen === choice.id)}
            @change=${() => choose(choice.id)} />
          ${choice.label}
        </label>`,
      )}
    </div>
  </fieldset>`;
}
