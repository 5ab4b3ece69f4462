import type { ReactiveControllerHost } from 'lit';
import { emit } from '../../core/events.js';
import { decodeShareFragment, phaseOf, stepOf, type QuizPhase, type QuizProgress, type QuizRun } from './quiz-progress.js';
import { QuizRunsController } from './quiz-runs.js';
import { cleanVendorName, type QuizAnswers, type QuizSettings } from './quiz-schema.js';
import { scoreQuiz, type QuizResult } from './quiz-scoring.js';
import { completeDetail, pointsText } from './quiz-summary.js';
import { quizCopy } from './quiz.content.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * The reader's way through the quiz: start, answer, next, result, restart. It holds the
 * run (vendor, answers, where the reader is), fires the quiz's events, moves focus to what
 * changed, and keeps the run in this browser through QuizRunsController. Every change
 * asks the element for an update, as a reactive property would.
 */
export class QuizFlow {
  /** As typed; cleaned wherever it is used. */
  vendor = '';
  answers: QuizAnswers = {};
  phase: QuizPhase = { kind: 'start' };
  announcement = '';
  /** When this run started (or the shared result was opened); 0 before the reader starts. */
  runAt = 0;
  /** The previous run for this quiz and vendor, shown with the result. */
  lastRun: QuizRun | null = null;
  /** Set once `ops-quiz-start` has fired; nothing is stored before the reader starts. */
  private started = false;
  /** A shared result is shown, not stored: it must not overwrite the reader's own progress. */
  private viewingShare = false;
  private quiz!: QuizSettings;
  private readonly runs: QuizRunsController;

  constructor(private readonly host: Host) {
    this.runs = new QuizRunsController(host, () => (this.started && !this.viewingShare ? this.run : null));
  }

  /** Changes the run and asks the element to render it. */
  set(state: Partial<QuizFlow>): void {
    Object.assign(this, state);
    this.host.requestUpdate();
  }

  private clear(): void {
    this.set({ vendor: '', announcement: '', answers: {}, phase: { kind: 'start' }, runAt: 0, lastRun: null });
    this.started = this.viewingShare = false;
  }

  private get total(): number {
    return this.quiz.questions.length;
  }

  get run(): QuizProgress {
    return { vendor: this.vendor, answers: this.answers, step: stepOf(this.phase, this.total), at: this.runAt };
  }

  get result(): QuizResult {
    return scoreQuiz(this.quiz, this.answers);
  }

  /** The finished result as submitted with a form; an unfinished quiz submits nothing. */
  get formValue(): string | null {
    return this.phase.kind === 'result'
      ? JSON.stringify(completeDetail(this.quiz, this.result, this.vendor, this.answers))
      : null;
  }

  /**
   * Follows a new configuration: a quiz whose stored progress differs (another quiz, other
   * questions, another element `id`) starts from that progress, or from a shared link's result.
   * Returns whether the run was replaced.
   */
  use(quiz: QuizSettings, elementId: string): boolean {
    this.quiz = quiz;
    const saved = this.runs.use(quiz, elementId);
    if (saved === undefined) return false;
    const shared = quiz.share && decodeShareFragment(quiz, location.hash);
    this.clear();
    if (shared) {
      this.set({ ...shared, phase: { kind: 'result' }, runAt: Date.now() });
      this.started = this.viewingShare = true;
    } else if (saved) {
      const { vendor, answers, step, at = Date.now() } = saved;
      this.set({ vendor, answers, phase: phaseOf(step, quiz.questions.length), runAt: at });
      this.started = true;
    }
    if (this.phase.kind === 'result') this.set({ lastRun: this.runs.previous(this.run, !this.viewingShare) });
    return true;
  }

  /** Clears the answers and any saved progress, back at the start. */
  restart(): void {
    this.runs.clear();
    this.clear();
  }

  async go(phase: QuizPhase): Promise<void> {
    this.set({ phase });
    await this.host.updateComplete;
    // Each step's heading takes focus, so keyboard and screen-reader users land on what changed.
    const target = this.host.renderRoot.querySelector<HTMLElement>(
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
    this.set({ runAt: Date.now() });
    emit(this.host, 'ops-quiz-start', { quizId: this.quiz.id, vendor: cleanVendorName(this.vendor) });
  }

  start(event: Event): void {
    event.preventDefault();
    this.begin();
    // In the list layout Enter in the vendor field leads to the questions, and leaves a shown result alone.
    void this.go(this.quiz.layout === 'list' && this.phase.kind === 'result' ? this.phase : { kind: 'question', index: 0 });
  }

  answer(index: number, questionId: string, value: string): void {
    this.begin();
    this.set({ answers: { ...this.answers, [questionId]: value } });
    emit(this.host, 'ops-quiz-answer', { questionId, value, index });
    // The list layout keeps its questions under a shown result: a changed answer changes the result.
    if (this.phase.kind === 'result') this.complete();
  }

  next(): void {
    const index = this.phase.kind === 'question' ? this.phase.index + 1 : 0;
    if (index < this.total) void this.go({ kind: 'question', index });
    else this.finish();
  }

  /** Announces the result and tells the page about it. */
  private complete(): void {
    const { result } = this;
    const copy = quizCopy(this.quiz);
    this.set({
      announcement: `${copy.result}: ${result.band.label}. ${pointsText(copy, result)}`,
      lastRun: this.runs.previous(this.run, !this.viewingShare),
    });
    emit(this.host, 'ops-quiz-complete', completeDetail(this.quiz, result, this.vendor, this.answers));
  }

  finish(): void {
    this.complete();
    void this.go({ kind: 'result' });
  }
}
