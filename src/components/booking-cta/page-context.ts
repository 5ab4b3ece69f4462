import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CalculateDetail } from '../../events/calculate.js';
import type { QuizCompleteDetail } from '../../events/quiz.js';

export interface PageContext {
  quiz?: QuizCompleteDetail | undefined;
  calculation?: CalculateDetail | undefined;
}

/**
 * The latest quiz and calculator results on this page. It listens from the moment the
 * module loads, so a booking element added after the reader finished the quiz still
 * knows the result.
 */
let latest: PageContext = {};
const listeners = new Set<() => void>();

function record(change: PageContext): void {
  latest = { ...latest, ...change };
  for (const listener of listeners) listener();
}

if (typeof document !== 'undefined') {
  document.addEventListener('ops-quiz-complete', (event) => record({ quiz: event.detail }));
  document.addEventListener('ops-calculate', (event) => record({ calculation: event.detail }));
}

export function currentPageContext(): PageContext {
  return latest;
}

/** Forgets every result; for tests, which share one page. */
export function resetPageContext(): void {
  latest = {};
}

/** Keeps `value` equal to the page's latest results while the host is connected, and updates the host when they change. */
export class PageContextController implements ReactiveController {
  value: PageContext = latest;
  private readonly host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  private readonly changed = (): void => {
    this.value = latest;
    this.host.requestUpdate();
  };

  hostConnected(): void {
    listeners.add(this.changed);
    this.changed();
  }

  hostDisconnected(): void {
    listeners.delete(this.changed);
  }
}
