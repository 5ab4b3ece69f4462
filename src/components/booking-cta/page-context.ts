import type { CalculateDetail, QuizCompleteDetail } from '../../core/events.js';

export interface PageContext {
  quiz?: QuizCompleteDetail | undefined;
  calculation?: CalculateDetail | undefined;
}

/**
 * The latest quiz and calculator results on this page, kept in one place so that a
 * booking element added after the reader finished the quiz still knows the result.
 */
const latest: PageContext = {};
const listeners = new Set<() => void>();
let listening = false;

function notify(): void {
  for (const listener of listeners) listener();
}

export function watchPageContext(listener: () => void): () => void {
  if (!listening && typeof document !== 'undefined') {
    listening = true;
    document.addEventListener('ops-quiz-complete', (event) => {
      latest.quiz = event.detail;
      notify();
    });
    document.addEventListener('ops-calculate', (event) => {
      latest.calculation = event.detail;
      notify();
    });
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function currentPageContext(): PageContext {
  return { ...latest };
}
