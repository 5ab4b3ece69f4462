/** `ops-quiz-start`: the reader began the quiz. */
export interface QuizStartDetail {
  quizId: string;
  vendor: string;
}

/** `ops-quiz-answer`: the reader chose an answer. */
export interface QuizAnswerDetail {
  questionId: string;
  /** The chosen choice's id. */
  value: string;
  /** The question's position in the quiz, from 0. */
  index: number;
}

/** `ops-quiz-complete`: the reader finished the vendor quiz. */
export interface QuizCompleteDetail {
  quizId: string;
  vendor: string;
  score: number;
  max: number;
  band: { id: string; label: string };
  /** question id → choice id */
  answers: Record<string, string>;
}

declare module '../core/events.js' {
  interface OpsEventMap {
    'ops-quiz-start': QuizStartDetail;
    'ops-quiz-answer': QuizAnswerDetail;
    'ops-quiz-complete': QuizCompleteDetail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ops-quiz-start': CustomEvent<QuizStartDetail>;
    'ops-quiz-answer': CustomEvent<QuizAnswerDetail>;
    'ops-quiz-complete': CustomEvent<QuizCompleteDetail>;
  }
}
