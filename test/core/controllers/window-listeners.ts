/** Counts `message` listeners added to and removed from window while `run` runs. */
export async function countMessageListeners(run: (counts: { added: number; removed: number }) => Promise<void> | void) {
  const counts = { added: 0, removed: 0 };
  const { addEventListener, removeEventListener } = window;
  window.addEventListener = function (this: Window, type: string, ...rest: [EventListenerOrEventListenerObject, unknown?]) {
    if (type === 'message') counts.added++;
    return addEventListener.call(this, type, ...(rest as [EventListenerOrEventListenerObject]));
  } as typeof window.addEventListener;
  window.removeEventListener = function (this: Window, type: string, ...rest: [EventListenerOrEventListenerObject, unknown?]) {
    if (type === 'message') counts.removed++;
    return removeEventListener.call(this, type, ...(rest as [EventListenerOrEventListenerObject]));
  } as typeof window.removeEventListener;
  try {
    await run(counts);
  } finally {
    window.addEventListener = addEventListener;
    window.removeEventListener = removeEventListener;
  }
}
