import * as z from 'zod/mini';
import type { DeepPartial } from '../../core/config.js';
import { amount, count, flag, label, list, oneOf, type Issues } from '../../core/schema.js';
import { defaultCopy, type CopyKey } from './quiz.content.js';

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

// Every text is shown, most of it names a control or a heading: none may be blank or invisible.
const string = label;
const number = (max: number) => amount(0, max);
const short = string(120);
const longText = z.optional(string(600));

// Ids end up in storage keys and URL fragments, so keep them to a charset that
// needs no escaping there and can never spell `__proto__`.
const id = z.string().check(({ value, issues }) => {
  if (!/^[A-Za-z0-9][\w-]{0,39}$/.test(value))
    flag(issues, [], 'use up to 40 letters, digits, "-" or "_", starting with a letter or digit');
});

/** UI strings a host can override; `{name}` placeholders are filled by core `fillCopy`. */
export const COPY_KEYS = Object.keys(defaultCopy) as CopyKey[];

/** Flags every item whose `key` repeats an earlier item's, at that item's path. */
function flagRepeats<T>(issues: Issues, items: T[], listKey: string, key: keyof T & string, what: string) {
  items.forEach((item, index) => {
    if (items.findIndex((other) => other[key] === item[key]) < index) {
      flag(issues, [listKey, index, key], `duplicate ${what} ${key} ${JSON.stringify(item[key])}`);
    }
  });
}

const choiceSchema = z.strictObject({
  id,
  label: short,
  score: number(1000),
  gap: z.optional(z.boolean()),
});

const questionSchema = z
  .strictObject({
    id,
    theme: z.optional(short),
    text: string(600),
    why: longText,
    good: longText,
    askNext: longText,
    choices: list(choiceSchema, 2, 8),
  })
  .check(({ value: { choices }, issues }) => {
    flagRepeats(issues, choices, 'choices', 'id', 'choice');
    choices.forEach((choice, index) => {
      if (choice.gap && choice.score) flag(issues, ['choices', index, 'score'], 'a gap choice must score 0');
    });
    // Without a positive choice the question cannot tell a good vendor from a bad one.
    if (!choices.some((choice) => choice.score > 0)) flag(issues, ['choices'], 'at least one choice must score above 0');
  });

const bandSchema = z.strictObject({
  id,
  label: short,
  minShare: number(1),
  text: longText,
});

export const quizSchema = z
  .strictObject({
    id,
    title: short,
    intro: longText,
    questions: list(questionSchema, 1, 50),
    bands: list(bandSchema, 1, 8),
    copy: z.optional(
      z.strictObject(
        Object.fromEntries(COPY_KEYS.map((key) => [key, z.optional(short)])) as Record<CopyKey, z.ZodMiniOptional<typeof short>>,
      ),
    ),
  })
  .check(({ value: { questions, bands }, issues }) => {
    flagRepeats(issues, questions, 'questions', 'id', 'question');
    flagRepeats(issues, bands, 'bands', 'id', 'band');
    flagRepeats(issues, bands, 'bands', 'minShare', 'band');
    if (!bands.some((band) => band.minShare === 0))
      flag(issues, ['bands'], 'one band needs minShare 0 so every score has a band');
  });

/** How the element presents a quiz; attributes set these too. */
export const quizOptionsShape = {
  layout: oneOf(['step', 'list']),
  share: z.boolean(),
  save: z.boolean(),
  headingLevel: count(1, 6),
};

export const quizOptionDefaults: QuizOptions = { layout: 'step', share: false, save: true, headingLevel: 2 };

/** The element's whole configuration: a quiz and how to present it. */
export const quizConfigSchema = z.extend(quizSchema, quizOptionsShape);

/** A quiz: its questions, bands and wording. */
export type QuizConfig = z.infer<typeof quizSchema>;
export type QuizOptions = z.infer<z.ZodMiniObject<typeof quizOptionsShape>>;
export type QuizSettings = z.infer<typeof quizConfigSchema>;
/** What a host may pass as `config` or in the JSON child: any part of the configuration. */
export type QuizConfigInput = DeepPartial<z.input<typeof quizConfigSchema>>;
export type QuizQuestion = z.infer<typeof questionSchema>;
export type QuizChoice = z.infer<typeof choiceSchema>;
export type QuizBand = z.infer<typeof bandSchema>;
/** Chosen answers: question id → choice id. */
export type QuizAnswers = Record<string, string>;

/** A vendor name typed by the reader or read from a link: one line, bounded. */
export function cleanVendorName(value: unknown): string {
  if (typeof value !== 'string') return '';
  // Control characters are what this removes.
  // eslint-disable-next-line no-control-regex
  const oneLine = value.replace(/[\s\0-\x1f\x7f-\x9f]+/g, ' ');
  return oneLine.trim().slice(0, 80);
}
