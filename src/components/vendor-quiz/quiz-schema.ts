import * as z from 'zod/mini';

/*
 * A quiz is plain data a host page may supply, so every field is bounded and
 * unknown keys are rejected (strict objects): a typo, a stray `__proto__` or a
 * runaway string fails loudly instead of rendering something half-right.
 *
 * Bands: each band has `minShare`, the minimum share (0..1) of the maximum
 * possible score needed to reach it. The result is the band with the highest
 * `minShare` the score reaches, so one band must start at 0 for every score to
 * land somewhere.
 *
 * Gaps: a choice with `gap: true` means "we have not found out yet". It must
 * score 0 and is reported as a gap to close, never as a pass.
 */

export const LIMITS = {
  id: 40,
  short: 120,
  text: 600,
  questions: 50,
  choices: 8,
  bands: 8,
  score: 1000,
  vendor: 80,
} as const;

// Ids end up in storage keys and URL fragments, so keep them to a charset that
// needs no escaping there and can never spell `__proto__`.
const ID_PATTERN = /^[A-Za-z0-9][\w-]*$/;

const id = z.string().check(
  z.maxLength(LIMITS.id),
  z.regex(ID_PATTERN, 'use letters, digits, "-" or "_", starting with a letter or digit'),
);
const short = z.string().check(z.minLength(1), z.maxLength(LIMITS.short));
const text = z.string().check(z.minLength(1), z.maxLength(LIMITS.text));

/** UI strings a host can override; `{name}` placeholders are filled by `fillCopy`. */
export const COPY_KEYS = [
  'start',
  'next',
  'back',
  'finish',
  'restart',
  'vendor',
  'vendorLabel',
  'progress',
  'explain',
  'why',
  'good',
  'askNext',
  'answer',
  'notAnswered',
  'gap',
  'score',
  'points',
  'result',
  'answered',
  'gaps',
  'weakestFirst',
  'copySummary',
  'copied',
  'copyManual',
  'shareLink',
] as const;
export type CopyKey = (typeof COPY_KEYS)[number];

const copySchema = z.strictObject(
  Object.fromEntries(COPY_KEYS.map((key) => [key, z.optional(short)])) as {
    [K in CopyKey]: z.ZodMiniOptional<typeof short>;
  },
);

const choiceSchema = z.strictObject({
  id,
  label: short,
  score: z.number().check(z.gte(0), z.lte(LIMITS.score)),
  gap: z.optional(z.boolean()),
});

type Issues = { addIssue(issue: { code: 'custom'; message: string; path: PropertyKey[] }): void };

function flagDuplicates(items: readonly { id: string }[], what: string, listKey: string, ctx: Issues) {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      ctx.addIssue({ code: 'custom', message: `duplicate ${what} id "${item.id}"`, path: [listKey, index, 'id'] });
    }
    seen.add(item.id);
  });
}

const questionSchema = z.strictObject({
  id,
  theme: z.optional(short),
  text,
  why: z.optional(text),
  good: z.optional(text),
  askNext: z.optional(text),
  choices: z.array(choiceSchema).check(z.minLength(2), z.maxLength(LIMITS.choices)),
}).check(
  z.superRefine((question, ctx) => {
    flagDuplicates(question.choices, 'choice', 'choices', ctx);
    question.choices.forEach((choice, index) => {
      if (choice.gap && choice.score !== 0) {
        ctx.addIssue({ code: 'custom', message: 'a gap choice must score 0', path: ['choices', index, 'score'] });
      }
    });
    // Without a positive choice the question cannot tell a good vendor from a bad one.
    if (!question.choices.some((choice) => choice.score > 0)) {
      ctx.addIssue({ code: 'custom', message: 'at least one choice must score above 0', path: ['choices'] });
    }
  }),
);

const bandSchema = z.strictObject({
  id,
  label: short,
  minShare: z.number().check(z.gte(0), z.lte(1)),
  text: z.optional(text),
});

export const quizSchema = z.strictObject({
  id,
  title: short,
  intro: z.optional(text),
  questions: z.array(questionSchema).check(z.minLength(1), z.maxLength(LIMITS.questions)),
  bands: z.array(bandSchema).check(z.minLength(1), z.maxLength(LIMITS.bands)),
  copy: z.optional(copySchema),
}).check(
  z.superRefine((quiz, ctx) => {
    flagDuplicates(quiz.questions, 'question', 'questions', ctx);
    flagDuplicates(quiz.bands, 'band', 'bands', ctx);
    const thresholds = new Set<number>();
    quiz.bands.forEach((band, index) => {
      if (thresholds.has(band.minShare)) {
        ctx.addIssue({ code: 'custom', message: `two bands share minShare ${band.minShare}`, path: ['bands', index, 'minShare'] });
      }
      thresholds.add(band.minShare);
    });
    if (!thresholds.has(0)) {
      ctx.addIssue({ code: 'custom', message: 'one band needs minShare 0 so every score has a band', path: ['bands'] });
    }
  }),
);

export type QuizConfig = z.infer<typeof quizSchema>;
export type QuizQuestion = z.infer<typeof questionSchema>;
export type QuizChoice = z.infer<typeof choiceSchema>;
export type QuizBand = z.infer<typeof bandSchema>;
export type QuizCopy = z.infer<typeof copySchema>;
/** Chosen answers: question id → choice id. */
export type QuizAnswers = Record<string, string>;

export type QuizValidation = { success: true; quiz: QuizConfig } | { success: false; errors: string[] };

/** Validates host-supplied quiz data; errors read like `questions.2.choices.1.id: duplicate choice id "x"`. */
export function validateQuiz(data: unknown): QuizValidation {
  const result = z.safeParse(quizSchema, data);
  if (result.success) return { success: true, quiz: result.data };
  return { success: false, errors: result.error.issues.slice(0, 10).map(describeIssue) };
}

// zod/mini ships without locale messages ("Invalid input"); spelling out the
// common cases here is far smaller than bundling a locale.
function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.map(String).join('.') || '(quiz)';
  let message = issue.message;
  switch (issue.code) {
    case 'invalid_type':
      message = `expected ${issue.expected}`;
      break;
    case 'too_big':
    case 'too_small': {
      const limit = issue.code === 'too_big' ? `at most ${issue.maximum}` : `at least ${issue.minimum}`;
      const unit = issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : '';
      message = issue.code === 'too_small' && issue.origin === 'string' && issue.minimum === 1 ? 'must not be empty' : `must be ${limit}${unit}`;
      break;
    }
    case 'unrecognized_keys':
      message = `unknown key ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
      break;
  }
  return `${where}: ${message}`;
}

/** A vendor name typed by the reader or read from a link: one line, bounded. */
export function cleanVendorName(value: unknown): string {
  if (typeof value !== 'string') return '';
  return value.replace(/[\s\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim().slice(0, LIMITS.vendor);
}
