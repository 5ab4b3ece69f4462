/**
 * Resolves once the browser has had a chance to paint: in a task after the next animation
 * frame, or after 100 ms where frames do not run (a hidden tab).
 */
export const afterNextPaint = (): Promise<void> =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => setTimeout(() => (clearTimeout(timer), resolve())));
  });
