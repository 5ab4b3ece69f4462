/**
 * First renders, taken out of the task that created the elements and run in later tasks
 * of their own, a few at a time: each task renders elements until it has run for
 * `TASK_BUDGET_MS`, then yields to the browser (input, paint) before the rest. A page with
 * several widgets thus starts without one long task, and a page with hundreds of small
 * ones does not pay a task and a frame for each.
 */
const TASK_BUDGET_MS = 25;

const waiting: Array<() => void> = [];
let queued = false;

function runSome(): void {
  queued = false;
  const started = performance.now();
  while (waiting.length) {
    waiting.shift()!();
    if (performance.now() - started >= TASK_BUDGET_MS) break;
  }
  queueTask();
}

function queueTask(): void {
  if (queued || !waiting.length) return;
  queued = true;
  setTimeout(runSome);
}

/** Runs `render` in a later task, in the order asked; resolves once it has run. */
export function renderLater(render: () => void): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(() => {
      try {
        render();
      } finally {
        resolve();
      }
    });
    queueTask();
  });
}
