import { fillCopy, quizCopy } from './quiz.content.js';
import type { QuizResult } from './quiz-scoring.js';
import { cleanVendorName, type QuizConfig } from './quiz-schema.js';

// Host copy may contain line breaks; in an email each field should stay on one line.
const oneLine = (value: string) => value.replace(/\s+/g, ' ').trim();

/**
 * Plain text for an email or an RFP: score and band, then every question,
 * weakest answer first, with what to ask next where the answer fell short.
 */
export function summaryText(quiz: QuizConfig, result: QuizResult, vendor?: string): string {
  const copy = quizCopy(quiz);
  const name = cleanVendorName(vendor);
  const percent = Math.round(result.share * 100);
  const lines = [oneLine(quiz.title)];
  if (name) lines.push(`${copy.vendor}: ${name}`);
  lines.push(`${copy.score}: ${fillCopy(copy.points, { score: result.score, max: result.max, percent })}`);
  const band = result.band.text ? `${result.band.label}. ${result.band.text}` : result.band.label;
  lines.push(`${copy.result}: ${oneLine(band)}`);
  if (!result.complete) {
    lines.push(fillCopy(copy.answered, { answered: result.answered, total: result.perQuestion.length }));
  }
  if (result.gaps) lines.push(fillCopy(copy.gaps, { count: result.gaps }));

  lines.push('', copy.weakestFirst);
  result.weakestFirst.forEach((item, index) => {
    const { question } = item;
    lines.push(`${index + 1}. ${oneLine(question.theme ? `${question.theme}: ${question.text}` : question.text)}`);
    const answer = item.choice ? item.choice.label : copy.notAnswered;
    lines.push(`   ${copy.answer}: ${oneLine(answer)}${item.isGap ? ` (${copy.gap})` : ''}`);
    if (item.isWeak && question.askNext) lines.push(`   ${copy.askNext}: ${oneLine(question.askNext)}`);
  });
  return lines.join('\n');
}
