import type { QuizAnswers, QuizBand, QuizChoice, QuizConfig, QuizQuestion } from './quiz-schema.js';

export interface QuestionResult {
  questionId: string;
  question: QuizQuestion;
  /** null when the question has no (valid) answer yet. */
  choiceId: string | null;
  choice: QuizChoice | null;
  score: number;
  /** Best score this question can give. */
  max: number;
  /** "Not asked yet", or no answer at all: something to find out, never a pass. */
  isGap: boolean;
  /** Anything short of the best answer; these get "what to ask next". */
  isWeak: boolean;
  /** 1 is the weakest answer in the quiz. */
  weaknessRank: number;
}

export interface QuizResult {
  score: number;
  max: number;
  /** score / max, 0..1. */
  share: number;
  /** Questions with a valid choice, gap choices included. */
  answered: number;
  /** Questions marked "not asked yet" plus questions with no answer. */
  gaps: number;
  complete: boolean;
  band: QuizBand;
  /** In quiz order. */
  perQuestion: QuestionResult[];
  /** Weakest first: lowest share of the question's maximum, then known bad answers before gaps, then quiz order. */
  weakestFirst: QuestionResult[];
}

// Shares like 0.8 × 14 are not exact in binary; without slack a score sitting
// exactly on a threshold could fall into the band below.
const EPSILON = 1e-9;

/**
 * The chosen choice of a question, if the answers name one of its choices. Answers may
 * come from storage or a link: only own values count, so a question id such as
 * "constructor" never reads Object.prototype.
 */
export function pickChoice(question: QuizQuestion, answers: QuizAnswers): QuizChoice | null {
  return question.choices.find((choice) => Object.hasOwn(answers, question.id) && answers[question.id] === choice.id) ?? null;
}

export function scoreQuiz(quiz: QuizConfig, answers: QuizAnswers): QuizResult {
  let score = 0;
  let max = 0;
  let answered = 0;
  let gaps = 0;
  const perQuestion = quiz.questions.map((question): QuestionResult => {
    const choice = pickChoice(question, answers);
    const isGap = !choice || !!choice.gap;
    const best = Math.max(...question.choices.map((option) => option.score));
    const points = isGap ? 0 : choice.score;
    score += points;
    max += best;
    if (choice) answered++;
    if (isGap) gaps++;
    const { id } = question;
    return {
      questionId: id,
      question,
      choiceId: choice?.id ?? null,
      choice,
      score: points,
      max: best,
      isGap,
      isWeak: points < best,
      weaknessRank: 0,
    };
  });

  // Every question has a choice scoring above 0 (the schema sees to it), so no maximum is 0.
  // A bad answer is a known problem; a gap is an unknown one. Both need work,
  // but the known problem comes first.
  const weakestFirst = [...perQuestion].sort((a, b) => a.score / a.max - b.score / b.max || +a.isGap - +b.isGap);
  weakestFirst.forEach((item, index) => (item.weaknessRank = index + 1));

  return {
    score,
    max,
    share: score / max,
    answered,
    gaps,
    complete: answered === perQuestion.length,
    // The highest threshold the score reaches; one band starts at 0. Unanswered questions
    // score 0 against the full maximum, so a half-finished quiz never looks better than it is.
    band: [...quiz.bands].sort((a, b) => b.minShare - a.minShare).find((band) => score >= band.minShare * max - EPSILON)!,
    perQuestion,
    weakestFirst,
  };
}

/** How an answer fared, for marks that pair a colour with a symbol and text. */
export type AnswerLevel = 'high' | 'mid' | 'low' | 'gap';
export const answerLevel = ({ isGap, isWeak, score }: QuestionResult): AnswerLevel =>
  isGap ? 'gap' : score === 0 ? 'low' : isWeak ? 'mid' : 'high';

export interface AnswerChange {
  question: QuizQuestion;
  before: QuizChoice | null;
  after: QuizChoice | null;
}

/** The questions answered differently in two runs, in quiz order. */
export function changedAnswers(quiz: QuizConfig, before: QuizAnswers, after: QuizAnswers): AnswerChange[] {
  return quiz.questions
    .map((question) => ({ question, before: pickChoice(question, before), after: pickChoice(question, after) }))
    .filter((change) => change.before !== change.after);
}
