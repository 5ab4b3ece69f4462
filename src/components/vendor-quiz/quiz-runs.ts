import type { ReactiveControllerHost } from 'lit';
import { StoredProgressController } from '../../core/controllers/stored-progress.js';
import { lastRunKey, parseProgress, progressKey, serializeProgress, type QuizProgress, type QuizRun } from './quiz-progress.js';
import type { QuizSettings } from './quiz-schema.js';

/**
 * What the quiz keeps in this browser: the reader's progress (stored after every update
 * while `current` returns it), and per vendor the last finished run with the run before
 * it, so a retake can show what changed. With `save` off, nothing is kept or restored.
 */
export class QuizRunsController {
  private quiz!: QuizSettings;
  private key: string | undefined;
  private readonly progress: StoredProgressController<QuizProgress>;
  private readonly finished: StoredProgressController<QuizProgress>;

  constructor(host: ReactiveControllerHost, current: () => QuizProgress | null) {
    const format = {
      parse: (raw: string) => parseProgress(this.quiz, raw),
      serialize: (progress: QuizProgress) => serializeProgress(this.quiz, progress),
    };
    this.progress = new StoredProgressController(host, format, () => (this.quiz.save ? current() : null));
    this.finished = new StoredProgressController(host, format);
  }

  /**
   * Follows a new configuration. Returns the saved progress when it points at other
   * saved progress than before (another quiz, other questions, another element `id`),
   * null when there is none, and undefined when nothing changed for storage (wording only).
   */
  use(quiz: QuizSettings, elementId: string): QuizProgress | null | undefined {
    this.quiz = quiz;
    const key = progressKey(quiz, elementId);
    if (key === this.key) return undefined;
    this.key = key;
    const saved = this.progress.open(key);
    return quiz.save ? saved : null;
  }

  clear(): void {
    this.progress.clear();
  }

  /**
   * The run before `run` for the same vendor, or null. Unless `keep` is false (a shared
   * result, only compared), `run` becomes the vendor's last finished run.
   */
  previous(run: QuizProgress, keep: boolean): QuizRun | null {
    const last = this.finished.open(this.quiz.save ? lastRunKey(this.quiz, run.vendor) : '');
    // The same run finished again (an answer changed) keeps the run it was compared with.
    const before = !last?.at ? undefined : last.at === run.at ? last.before : { answers: last.answers, at: last.at };
    if (keep) this.finished.save({ ...run, before });
    return before ?? null;
  }
}
