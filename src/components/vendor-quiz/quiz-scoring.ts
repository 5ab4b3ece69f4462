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

function pickChoice(question: QuizQuestion, answers: QuizAnswers): QuizChoice | null {
  // Answers may come from storage or a link: only own string values count, so
  // a question id such as "constructor" never reads Object.prototype.
  if (!Object.hasOwn(answers, question.id)) return null;
  const choiceId = answers[question.id];
  if (typeof choiceId !== 'string') return null;
  return question.choices.find((choice) => choice.id === choiceId) ?? null;
}

/** The band for a score: the highest threshold the score reaches. */
export function bandFor(quiz: QuizConfig, score: number, max: number): QuizBand {
  const bands = [...quiz.bands].sort((a, b) => b.minShare - a.minShare);
  return bands.find((band) => score >= band.minShare * max - EPSILON) ?? bands[bands.length - 1]!;
}

export function scoreQuiz(quiz: QuizConfig, answers: QuizAnswers): QuizResult {
  const perQuestion: QuestionResult[] = quiz.questions.map((question) => {
    const choice = pickChoice(question, answers);
    const isGap = !choice || choice.gap === true;
    const max = Math.max(...question.choices.map((option) => option.score));
    const score = isGap ? 0 : choice.score;
    return {
      questionId: question.id,
      question,
      choiceId: choice?.id ?? null,
      choice,
      score,
      max,
      isGap,
      isWeak: score < max,
      weaknessRank: 0,
    };
  });

  const shareOf = (item: QuestionResult) => (item.max > 0 ? item.score / item.max : 1);
  // A bad answer is a known problem; a gap is an unknown one. Both need work,
  // but the known problem comes first.
  const weakestFirst = [...perQuestion].sort(
    (a, b) => shareOf(a) - shareOf(b) || Number(a.isGap) - Number(b.isGap),
  );
  weakestFirst.forEach((item, index) => {
    item.weaknessRank = index + 1;
  });

  const score = perQuestion.reduce((sum, item) => sum + item.score, 0);
  const max = perQuestion.reduce((sum, item) => sum + item.max, 0);
  const answered = perQuestion.filter((item) => item.choice).length;
  return {
    score,
    max,
    share: max > 0 ? score / max : 0,
    answered,
    gaps: perQuestion.filter((item) => item.isGap).length,
    complete: answered === quiz.questions.length,
    // Unanswered questions score 0 against the full maximum, so a half-finished
    // quiz can never look better than it is.
    band: bandFor(quiz, score, max),
    perQuestion,
    weakestFirst,
  };
}
