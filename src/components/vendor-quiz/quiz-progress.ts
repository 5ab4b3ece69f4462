import { cleanVendorName, type QuizAnswers, type QuizConfig } from './quiz-schema.js';
import { pickChoice } from './quiz-scoring.js';

export interface QuizProgress {
  vendor: string;
  answers: QuizAnswers;
  /** 0..questions.length; questions.length means the result page. */
  step: number;
}

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

/** localStorage key: a change to the questions or choices yields a new key, so old answers are never applied to new questions. */
export function progressKey(quiz: QuizConfig): string {
  return `ops-quiz:${quiz.id}:${quizHash(quiz)}`;
}

/** Keeps only answers naming a real question and one of its choices. */
function knownAnswers(quiz: QuizConfig, answers: QuizAnswers): QuizAnswers {
  const known: QuizAnswers = {};
  for (const question of quiz.questions) {
    const choice = pickChoice(question, answers);
    if (choice) known[question.id] = choice.id;
  }
  return known;
}

export function serializeProgress(quiz: QuizConfig, { vendor, step, answers }: QuizProgress): string {
  // The hash is stored alongside the key as well, so a caller that picks its own
  // key still cannot restore answers made for different questions.
  return JSON.stringify({ v: 1, hash: quizHash(quiz), vendor: cleanVendorName(vendor), step, answers: knownAnswers(quiz, answers) });
}

/** Saved progress for this exact quiz, or null for anything missing, stale or malformed. */
export function parseProgress(quiz: QuizConfig, raw: string | null | undefined): QuizProgress | null {
  try {
    // Checked by hand rather than with a zod schema: these few lines cost less
    // bundle than zod's record and integer validators. Answers that do not fit
    // the quiz are dropped one by one in knownAnswers.
    const { v, hash, vendor = '', step = 0, answers } = JSON.parse(raw!.length > 20_000 ? '' : raw!);
    if (v === 1 && hash === quizHash(quiz) && typeof vendor === 'string' && step >= 0 && Number.isInteger(step) && typeof answers === 'object' && !Array.isArray(answers)) {
      return { vendor: cleanVendorName(vendor), answers: knownAnswers(quiz, answers), step: Math.min(step, quiz.questions.length) };
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
