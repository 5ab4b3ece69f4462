import { cleanVendorName, type QuizAnswers, type QuizConfig } from './quiz-schema.js';

export interface QuizProgress {
  vendor: string;
  answers: QuizAnswers;
  /** 0..questions.length; questions.length means the result page. */
  step: number;
}

export interface SharedAnswers {
  answers: QuizAnswers;
  vendor: string;
}

/** Canonical JSON: object keys sorted at every level, so key order never changes the hash. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * 32-bit FNV-1a over the UTF-16 code units of the canonical JSON, as 8 hex digits.
 * Not cryptographic: it only has to notice that a quiz changed.
 */
export function quizHash(quiz: QuizConfig): string {
  const json = canonicalJson(quiz);
  let h = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) {
    h ^= json.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** localStorage key: any edit to the quiz yields a new key, so old answers are never applied to new questions. */
export function progressKey(quiz: QuizConfig): string {
  return `ops-quiz:${quiz.id}:${quizHash(quiz)}`;
}

/** Keeps only answers naming a real question and one of its choices. */
function knownAnswers(quiz: QuizConfig, answers: Record<string, unknown>): QuizAnswers {
  const known: QuizAnswers = {};
  for (const question of quiz.questions) {
    const choiceId = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
    if (question.choices.some((choice) => choice.id === choiceId)) known[question.id] = choiceId as string;
  }
  return known;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function serializeProgress(quiz: QuizConfig, progress: QuizProgress): string {
  return JSON.stringify({
    v: 1,
    // Stored alongside the key as well, so a caller that picks its own key
    // still cannot restore answers made for different questions.
    hash: quizHash(quiz),
    vendor: cleanVendorName(progress.vendor),
    step: progress.step,
    answers: knownAnswers(quiz, progress.answers),
  });
}

/** Saved progress for this exact quiz, or null for anything missing, stale or malformed. */
export function parseProgress(quiz: QuizConfig, raw: string | null | undefined): QuizProgress | null {
  if (typeof raw !== 'string' || raw.length > 20_000) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  // Checked by hand rather than with a zod schema: these few lines cost less
  // bundle than zod's record and integer validators. Answers that do not fit
  // the quiz are dropped one by one in knownAnswers.
  if (!isRecord(data) || data['v'] !== 1 || data['hash'] !== quizHash(quiz)) return null;
  const { vendor = '', step = 0, answers } = data;
  if (typeof vendor !== 'string' || !Number.isInteger(step) || (step as number) < 0) return null;
  if (!isRecord(answers)) return null;
  return {
    vendor: cleanVendorName(vendor),
    answers: knownAnswers(quiz, answers),
    step: Math.min(step as number, quiz.questions.length),
  };
}

const FRAGMENT_KEY = 'ops-quiz=';
const UNANSWERED = '-';

/**
 * `#ops-quiz=<quizId>:<one character per question>[:<vendor>]`: each character is
 * the index of the chosen choice, or "-" when unanswered. A fragment never
 * reaches a server, so answers and vendor name stay with the reader.
 */
export function encodeShareFragment(quiz: QuizConfig, answers: QuizAnswers, vendor?: string): string {
  const indexes = quiz.questions
    .map((question) => {
      const choiceId = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
      const index = question.choices.findIndex((choice) => choice.id === choiceId);
      return index < 0 ? UNANSWERED : String(index);
    })
    .join('');
  const name = cleanVendorName(vendor);
  return `#${FRAGMENT_KEY}${quiz.id}:${indexes}${name ? `:${encodeURIComponent(name)}` : ''}`;
}

/**
 * Answers from a location hash, or null when the hash holds no share for this
 * quiz or does not fit its questions (wrong length, impossible choice, bad encoding).
 */
export function decodeShareFragment(quiz: QuizConfig, hash: string): SharedAnswers | null {
  if (typeof hash !== 'string' || hash.length > 2000) return null;
  const part = hash
    .replace(/^#/, '')
    .split('&')
    .find((item) => item.startsWith(FRAGMENT_KEY));
  if (!part) return null;
  const [quizId, indexes, encodedVendor, ...rest] = part.slice(FRAGMENT_KEY.length).split(':');
  if (quizId !== quiz.id || indexes === undefined || rest.length) return null;
  if (indexes.length !== quiz.questions.length) return null;

  const answers: QuizAnswers = {};
  for (let i = 0; i < indexes.length; i++) {
    const question = quiz.questions[i]!;
    const char = indexes[i]!;
    if (char === UNANSWERED) continue;
    const choice = /^[0-9]$/.test(char) ? question.choices[Number(char)] : undefined;
    if (!choice) return null;
    answers[question.id] = choice.id;
  }

  let vendor = '';
  if (encodedVendor) {
    try {
      vendor = cleanVendorName(decodeURIComponent(encodedVendor));
    } catch {
      return null;
    }
  }
  return { answers, vendor };
}
