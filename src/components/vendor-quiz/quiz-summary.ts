import { fillCopy } from '../../core/format.js';
import { quizCopy, type CopyKey } from './quiz.content.js';
import type { QuizResult } from './quiz-scoring.js';
import type { QuizCompleteDetail } from '../../events/quiz.js';
import { cleanVendorName, type QuizAnswers, type QuizConfig } from './quiz-schema.js';

// Host copy may contain line breaks; in an email each field should stay on one line.
const oneLine = (value: string) => value.replace(/\s+/g, ' ').trim();

/** "8 of 14 points (57%)", in the quiz's own words. */
export const pointsText = (copy: Record<CopyKey, string>, { score, max, share }: QuizResult) =>
  fillCopy(copy.points, { score, max, percent: Math.round(share * 100) });

/**
 * Plain text for an email or an RFP: score and band, then every question,
 * weakest answer first, with what to ask next where the answer fell short.
 */
export function summaryText(quiz: QuizConfig, result: QuizResult, vendor?: string): string {
  const copy = quizCopy(quiz);
  const name = cleanVendorName(vendor);
  const { band } = result;
  const head = [
    quiz.title,
    name && `${copy.vendor}: ${name}`,
    `${copy.score}: ${pointsText(copy, result)}`,
    `${copy.result}: ${band.label}${band.text ? `. ${band.text}` : ''}`,
    !result.complete && fillCopy(copy.answered, { answered: result.answered, total: quiz.questions.length }),
    result.gaps && fillCopy(copy.gaps, { count: result.gaps }),
  ];
  const items = result.weakestFirst.flatMap(({ question, choice, isGap, isWeak }, index) => [
    `${index + 1}. ${oneLine(question.theme ? `${question.theme}: ${question.text}` : question.text)}`,
    `   ${oneLine(`${copy.answer}: ${choice?.label ?? copy.notAnswered}${isGap ? ` (${copy.gap})` : ''}`)}`,
    isWeak && question.askNext && `   ${oneLine(`${copy.askNext}: ${question.askNext}`)}`,
  ]);
  const present = (line: unknown): line is string => !!line;
  return [...head.filter(present).map(oneLine), '', copy.weakestFirst, ...items.filter(present)].join('\n');
}

/** What `ops-quiz-complete` carries, and a surrounding form receives. */
export const completeDetail = (
  quiz: QuizConfig,
  { score, max, band }: QuizResult,
  vendor: string,
  answers: QuizAnswers,
): QuizCompleteDetail => ({
  quizId: quiz.id,
  vendor: cleanVendorName(vendor),
  score,
  max,
  band: { id: band.id, label: band.label },
  answers: { ...answers },
});
