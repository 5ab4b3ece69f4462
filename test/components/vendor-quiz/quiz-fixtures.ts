import { defaultQuiz } from '../../../src/components/vendor-quiz/quiz.content.js';
import type { QuizAnswers, QuizConfig } from '../../../src/components/vendor-quiz/quiz-schema.js';

/** A mix of answers to the default quiz: 8 of 14 points, one gap. */
export const mixedAnswers: QuizAnswers = {
  'audit-trail': 'clear',
  'your-data': 'clear',
  autonomy: 'vague',
  exit: 'not-asked',
  incentives: 'clear',
  'year-two': 'bad',
  evidence: 'vague',
};

/** The same choice for every question of a quiz. */
export function answerAll(quiz: QuizConfig, choiceId: string): QuizAnswers {
  return Object.fromEntries(quiz.questions.map((question) => [question.id, choiceId]));
}

/**
 * A deep copy that can be edited one question at a time. JSON rather than
 * structuredClone: the default shares one choices array between questions,
 * and structuredClone would keep that sharing.
 */
export function copyOfDefault(): QuizConfig {
  return JSON.parse(JSON.stringify(defaultQuiz)) as QuizConfig;
}

/** Five equally weighted yes/no questions: max 10, bands at 80% and 50%. */
export function smallQuiz(): QuizConfig {
  return {
    id: 'small',
    title: 'Small quiz',
    questions: ['q1', 'q2', 'q3', 'q4', 'q5'].map((id) => ({
      id,
      text: `Question ${id}?`,
      choices: [
        { id: 'yes', label: 'Yes', score: 2 },
        { id: 'partly', label: 'Partly', score: 1 },
        { id: 'no', label: 'No', score: 0 },
      ],
    })),
    bands: [
      { id: 'low', label: 'Low', minShare: 0 },
      { id: 'high', label: 'High', minShare: 0.8 },
      { id: 'mid', label: 'Mid', minShare: 0.5 },
    ],
  };
}
