// Compiles only if every tag, attribute, config and event prop is typed for React 19.
import type {} from 'ops-partner-widgets/react';
import type { OpsVendorQuiz, QuizCompleteDetail } from 'ops-partner-widgets';
import { useRef } from 'react';

export function Page() {
  const quiz = useRef<OpsVendorQuiz>(null);
  const scores: number[] = [];
  return (
    <main>
      <ops-identities
        highlight="partner"
        heading-level={3}
        quiz-href="/quiz"
        theme="dark"
        onops-error={(e) => e.detail.problems.map((p) => p.path)}
      >
        <ops-booking-cta slot="cta" href="https://cal.com/acme/30min" mode="popup" new-tab variant="button" />
      </ops-identities>
      <ops-replacement-cost
        currency="EUR"
        heading-level="2"
        config={{ currency: 'EUR', inputs: { pipelines: 6 } }}
        onops-calculate={(e) => e.detail.recommendation.title}
      />
      <ops-vendor-quiz
        ref={quiz}
        layout="list"
        share
        no-save
        className="quiz"
        config={{ title: 'Questions for Acme AI' }}
        onops-quiz-start={(e) => e.detail.quizId}
        onops-quiz-complete={(e) => {
          const detail: QuizCompleteDetail = e.detail;
          scores.push(e.detail.score, detail.max);
        }}
      />
    </main>
  );
}
