// Each marked line must fail to compile; `@ts-expect-error` fails the test if it does not.
import type {} from 'ops-partner-widgets/react';

export function Wrong() {
  return (
    <>
      {/* @ts-expect-error config is an object, not a number */}
      <ops-replacement-cost config={42} />
      {/* @ts-expect-error an input the calculator does not have the type for */}
      <ops-replacement-cost config={{ inputs: { pipelines: 'six' } }} />
      {/* @ts-expect-error layout is `step` or `list` */}
      <ops-vendor-quiz layout="grid" />
      {/* @ts-expect-error heading-level is a number */}
      <ops-identities heading-level={{ level: 2 }} />
      {/* @ts-expect-error the quiz-complete detail has no such field */}
      <ops-vendor-quiz onops-quiz-complete={(e) => e.detail.grade} />
      {/* @ts-expect-error not a tag of this package */}
      <ops-unknown />
    </>
  );
}
