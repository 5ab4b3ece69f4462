import { define } from '../../core/define.js';
import { OpsVendorQuiz } from './vendor-quiz.component.js';

export { OpsVendorQuiz };
export type { QuizAnswerDetail, QuizStartDetail } from './vendor-quiz.component.js';
export type { QuizConfig } from './quiz-schema.js';

define('ops-vendor-quiz', OpsVendorQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'ops-vendor-quiz': OpsVendorQuiz;
  }
}
