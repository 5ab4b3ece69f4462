import { html, nothing, type TemplateResult } from 'lit';
import { fillCopy } from '../../core/format.js';
import type { QuizRun } from './quiz-progress.js';
import type { QuizAnswers, QuizBand, QuizSettings } from './quiz-schema.js';
import { answerLevel, changedAnswers, scoreQuiz, type QuizResult } from './quiz-scoring.js';
import { pointsText } from './quiz-summary.js';
import type { CopyKey } from './quiz.content.js';

export interface ResultView {
  quiz: QuizSettings;
  copy: Record<CopyKey, string>;
  answers: QuizAnswers;
  result: QuizResult;
  vendor: string;
  /** When the run started, or the shared result was opened: the report's date. */
  at: number;
  /** The reader's previous run for this quiz and vendor, to show what changed. */
  before: QuizRun | null;
  heading: (offset: number, id: string, text: string) => TemplateResult;
  /** The result's buttons, in order: label and what a click does; false leaves one out. */
  actions: (readonly [label: string, click: () => unknown] | false)[];
  copyStatus: string;
  manualText: string;
}

/** Colour is never the only mark: each level has a symbol, and its answer is spelled out for screen readers. */
const SYMBOLS = { high: '✓', mid: '~', low: '✗', gap: '?' };

const date = (at: number) => new Date(at).toLocaleDateString(undefined, { dateStyle: 'medium' });

/** Bands are marked low, middling or high: the lowest band, the top band, any between. */
const bandLevel = (quiz: QuizSettings, band: QuizBand) =>
  band.minShare === 0 ? 'low' : quiz.bands.some((other) => other.minShare > band.minShare) ? 'mid' : 'high';

/**
 * The score on a scale of up to 20 segments, filled in the result's colour, with a gap
 * where each band begins and the thresholds in words below. It only draws what the
 * score line says, so it is hidden from screen readers.
 */
function renderScale(quiz: QuizSettings, { share, max, band }: QuizResult): TemplateResult {
  const ascending = [...quiz.bands].sort((a, b) => a.minShare - b.minShare);
  const segments = Math.min(max, 20);
  const starts = ascending.map((item) => Math.round(item.minShare * segments));
  return html`<div class="scale ${bandLevel(quiz, band)}" aria-hidden="true">
      ${Array.from({ length: segments }, (_, index) => html`<i class="${index < Math.round(share * segments) ? 'on' : ''} ${index && starts.includes(index) ? 'start' : ''}"></i>`)}
    </div>
    <ul class="legend">
      ${ascending.map((item) => html`<li>${item.label}${item.minShare ? ` ≥ ${Math.round(item.minShare * 100)}%` : ''}</li>`)}
    </ul>`;
}

/** "Was → now", with the arrow read as words. */
function renderChanges({ quiz, copy, answers, before, heading }: ResultView & { before: QuizRun }): TemplateResult {
  const changes = changedAnswers(quiz, before.answers, answers);
  return html`<div class="compare" part="compare">
    ${heading(2, 'compare', fillCopy(copy.compare, { date: date(before.at) }))}
    <p>${copy.then}: ${pointsText(copy, scoreQuiz(quiz, before.answers))}</p>
    ${
      changes.length
        ? html`<ul>
          ${changes.map(
            (change) => html`<li>
              <strong>${change.question.theme ?? change.question.text}:</strong> ${change.before?.label ?? copy.notAnswered}<span aria-hidden="true">
                → </span><span class="visually-hidden">, ${copy.now} </span>${change.after?.label ?? copy.notAnswered}
            </li>`,
          )}
        </ul>`
        : html`<p>${copy.noChange}</p>`
    }
  </div>`;
}

/**
 * The result: band and score, every answer at a glance, what changed since the last run,
 * then every question weakest first. Printed, it is the report to forward: the date,
 * why each question matters and what to ask next are shown for every question.
 */
export function renderResult(view: ResultView): TemplateResult {
  const { quiz, copy, result, vendor, at, before, heading } = view;
  const { band } = result;
  return html`<section class="result" part="result">
    ${heading(1, 'result', vendor ? `${copy.result}: ${vendor}` : copy.result)}
    <p class="print">${copy.date}: <time datetime=${new Date(at).toISOString().slice(0, 10)}>${date(at)}</time></p>
    <p class="band ${bandLevel(quiz, band)}" part="band"><strong>${band.label}</strong>${band.text}</p>
    <p class="score" part="score">${copy.score}: ${pointsText(copy, result)}</p>
    ${renderScale(quiz, result)}
    ${result.complete ? nothing : html`<p>${fillCopy(copy.answered, { answered: result.answered, total: quiz.questions.length })}</p>`}
    ${result.gaps ? html`<p>${fillCopy(copy.gaps, { count: result.gaps })}</p>` : nothing}
    <ol class="glance" part="glance" aria-label=${copy.glance}>
      ${result.perQuestion.map(
        (item, index) => html`<li class=${answerLevel(item)}>
          <span aria-hidden="true">${SYMBOLS[answerLevel(item)]}</span> ${item.question.theme ?? index + 1}<span
            class="visually-hidden">: ${item.choice?.label ?? copy.notAnswered}</span>
        </li>`,
      )}
    </ol>
    ${before ? renderChanges({ ...view, before }) : nothing}
    ${heading(2, 'weakest', copy.weakestFirst)}
    <ol class="weakest" part="weakest" aria-labelledby="weakest">
      ${result.weakestFirst.map(
        (item) => html`<li class=${answerLevel(item)}>
          <p>${item.question.theme ? html`<strong>${item.question.theme}:</strong> ` : nothing}${item.question.text}</p>
          <p>${copy.answer}: ${item.choice?.label ?? copy.notAnswered}${item.isGap ? ` (${copy.gap})` : ''}</p>
          ${item.question.why ? html`<p class="print">${copy.why}: ${item.question.why}</p>` : nothing}
          ${item.question.askNext ? html`<p class="ask ${item.isWeak ? '' : 'print'}">${copy.askNext}: ${item.question.askNext}</p>` : nothing}
        </li>`,
      )}
    </ol>
    <div class="actions" part="actions">
      ${view.actions.map((action, index) =>
        // Lit writes a bare false as the text "false".
        action
          ? html`<button type="button" class="button ${index ? 'secondary' : ''}" @click=${action[1]}>${action[0]}</button>`
          : nothing,
      )}
    </div>
    <p class="status" role="status">${view.copyStatus}</p>
    ${view.manualText ? html`<textarea class="field" readonly rows="6" aria-label=${copy.copyManual} .value=${view.manualText}></textarea>` : nothing}
  </section>`;
}
