import { cleanVendorName, type QuizAnswers, type QuizConfig } from './quiz-schema.js';
import { pickChoice } from './quiz-scoring.js';

/** Where the reader is: the start page, one question (step layout), or the result. */
export type QuizPhase = { kind: 'start' } | { kind: 'question'; index: number } | { kind: 'result' };

/** One run through the quiz; when it started tells it from the reader's other runs. */
export interface QuizRun {
  answers: QuizAnswers;
  /** Milliseconds since 1970. */
  at: number;
}

export interface QuizProgress {
  vendor: string;
  answers: QuizAnswers;
  /** 0..questions.length; questions.length means the result page. */
  step: number;
  /** When this run started. */
  at?: number;
  /** Kept with a finished run: the run before it, for the same quiz and vendor, to compare with. */
  before?: QuizRun;
}

/** Stored progress keeps a number: the start page is saved as the first question. */
export const stepOf = (phase: QuizPhase, total: number): number =>
  phase.kind === 'question' ? phase.index : phase.kind === 'result' ? total : 0;
export const phaseOf = (step: number, total: number): QuizPhase =>
  step < total ? { kind: 'question', index: step } : { kind: 'result' };

/**
 * What saved answers mean: the quiz id, and each question's id with its choices' ids,
 * scores and gap marks, in order. Wording, explanations and bands are left out, so a
 * reader's answers survive a change of copy but never apply to different questions.
 */
function answerShape(quiz: QuizConfig): string {
  return JSON.stringify([quiz.id, quiz.questions.map(({ id, choices }) => [id, choices.map((c) => [c.id, c.score, !!c.gap])])]);
}

/** 32-bit FNV-1a over the answer shape; 8 hex digits. Not cryptographic: it only has to notice a change. */
export function quizHash(quiz: QuizConfig): string {
  const shape = answerShape(quiz);
  let h = 0x811c9dc5;
  for (let i = 0; i < shape.length; i++) h = Math.imul(h ^ shape.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * localStorage key: a change to the questions or choices yields a new key, so old answers
 * are never applied to new questions; the element's own `id`, when it has one, keeps two
 * copies of one quiz on a page apart.
 */
export function progressKey(quiz: QuizConfig, elementId = ''): string {
  return `ops-quiz:${quiz.id}:${quizHash(quiz)}${elementId && `:${elementId}`}`;
}

/** Where the last finished run for a vendor is kept, to compare the next run with. */
export function lastRunKey(quiz: QuizConfig, vendor: string): string {
  return `ops-quiz-last:${quiz.id}:${quizHash(quiz)}:${cleanVendorName(vendor).toLowerCase()}`;
}

const isTime = (at: unknown): at is number => typeof at === 'number' && at > 0 && Number.isFinite(at);
const isAnswers = (answers: unknown): answers is QuizAnswers =>
  typeof answers === 'object' && !!answers && !Array.isArray(answers);

/** Keeps only answers naming a real question and one of its choices. */
function knownAnswers(quiz: QuizConfig, answers: QuizAnswers): QuizAnswers {
  const known: QuizAnswers = {};
  for (const question of quiz.questions) {
    const choice = pickChoice(question, answers);
    if (choice) known[question.id] = choice.id;
  }
  return known;
}

export function serializeProgress(quiz: QuizConfig, { vendor, step, answers, at, before }: QuizProgress): string {
  // The hash is stored alongside the key as well, so a caller that picks its own
  // key still cannot restore answers made for different questions.
  return JSON.stringify({
    v: 1,
    hash: quizHash(quiz),
    vendor: cleanVendorName(vendor),
    step,
    answers: knownAnswers(quiz, answers),
    at,
    before: before && { at: before.at, answers: knownAnswers(quiz, before.answers) },
  });
}

/** Saved progress for this exact quiz, or null for anything missing, stale or malformed. */
export function parseProgress(quiz: QuizConfig, raw: string | null | undefined): QuizProgress | null {
  try {
    // Checked by hand rather than with a zod schema: these few lines cost less
    // bundle than zod's record and integer validators. Answers that do not fit
    // the quiz are dropped one by one in knownAnswers.
    const { v, hash, vendor = '', step = 0, answers, at, before } = JSON.parse(raw!.length > 20_000 ? '' : raw!);
    if (
      v === 1 &&
      hash === quizHash(quiz) &&
      typeof vendor === 'string' &&
      step >= 0 &&
      Number.isInteger(step) &&
      isAnswers(answers)
    ) {
      const progress: QuizProgress = {
        vendor: cleanVendorName(vendor),
        answers: knownAnswers(quiz, answers),
        step: Math.min(step, quiz.questions.length),
      };
      if (isTime(at)) progress.at = at;
      if (isTime(before?.at) && isAnswers(before.answers))
        progress.before = { at: before.at, answers: knownAnswers(quiz, before.answers) };
      return progress;
    }
  } catch {
    // Not JSON, or not an object: nothing to restore.
  }
  return null;
}

const FRAGMENT_KEY = 'ops-quiz=';

/**
 * `#ops-quiz=<quizId>:<one character per question>[:<vendor>]`: each character is
 * the index of the chosen choice, or "-" when unanswered. A fragment never
 * reaches a server, so answers and vendor name stay with the reader.
 */
export function encodeShareFragment(quiz: QuizConfig, answers: QuizAnswers, vendor?: string): string {
  const indexes = quiz.questions.map((question) => {
    const choice = pickChoice(question, answers);
    return choice ? question.choices.indexOf(choice) : '-';
  });
  const name = cleanVendorName(vendor);
  return `#${FRAGMENT_KEY}${quiz.id}:${indexes.join('')}${name && `:${encodeURIComponent(name)}`}`;
}

/**
 * Answers from a location hash, or null when the hash holds no share for this
 * quiz or does not fit its questions (wrong length, impossible choice, bad encoding).
 */
export function decodeShareFragment(quiz: QuizConfig, hash: string): { answers: QuizAnswers; vendor: string } | null {
  try {
    const [quizId, indexes, vendor = '', ...rest] = hash
      .replace(/^#/, '')
      .split('&')
      .find((item) => item.startsWith(FRAGMENT_KEY))!
      .slice(FRAGMENT_KEY.length)
      .split(':');
    if (hash.length > 2000 || quizId !== quiz.id || indexes?.length !== quiz.questions.length || rest.length) return null;
    const answers: QuizAnswers = {};
    quiz.questions.forEach((question, i) => {
      const index = indexes[i]!;
      // A character naming no choice throws here, refusing the whole share.
      if (index !== '-') answers[question.id] = question.choices[/^\d$/.test(index) ? +index : -1]!.id;
    });
    return { answers, vendor: cleanVendorName(decodeURIComponent(vendor)) };
  } catch {
    // No share for this quiz, or broken percent-encoding.
    return null;
  }
}
