import { define } from '../../core/define.js';
import { OpsVendorQuiz } from './vendor-quiz.component.js';

export { OpsVendorQuiz };
export type { QuizConfig, QuizConfigInput, QuizSettings } from './quiz-schema.js';

define('ops-vendor-quiz', OpsVendorQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'ops-vendor-quiz': OpsVendorQuiz;
  }
}
