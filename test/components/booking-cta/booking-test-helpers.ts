/** Dispatches a finished quiz, as `<ops-vendor-quiz>` does, so booking elements add it to their notes. */
export function reportQuizResult(): string {
  document.body.dispatchEvent(
    new CustomEvent('ops-quiz-complete', {
      bubbles: true,
      composed: true,
      detail: {
        quizId: 'q',
        vendor: 'Acme',
        score: 5,
        max: 21,
        band: { id: 'b', label: 'Customer-to-hostage risk' },
        answers: {},
      },
    }),
  );
  return 'Vendor quiz (Acme): 5/21, Customer-to-hostage risk';
}

/**
 * Every URL an element's shadow root asks a frame to load, in order: each iframe added
 * and each src change is one request to the scheduler.
 */
export function recordFrameRequests(root: ShadowRoot): { urls: string[]; stop: () => void } {
  const urls: string[] = [];
  const seen = new WeakMap<HTMLIFrameElement, string>();
  const collect = () => {
    for (const frame of root.querySelectorAll('iframe')) {
      if (seen.get(frame) !== frame.src) urls.push(frame.src);
      seen.set(frame, frame.src);
    }
  };
  const observer = new MutationObserver(collect);
  observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['src'] });
  collect();
  return { urls, stop: () => observer.disconnect() };
}

/** The booking notes a scheduler URL carries, or null. */
export const notesOf = (url: string) => new URL(url).searchParams.get('notes');
