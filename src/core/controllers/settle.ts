import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Long enough to wait out a burst of typing, short enough to feel immediate. */
export const SETTLE_MS = 300;

/**
 * Runs `onSettle` once the reader pauses: every `schedule()` restarts the wait, so a
 * burst of changes gives one call. A host that leaves the page cancels the pending call.
 */
export class SettleController implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly onSettle: () => void,
    private readonly delay = SETTLE_MS,
  ) {
    host.addController(this);
  }

  schedule(): void {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.onSettle();
    }, this.delay);
  }

  get pending(): boolean {
    return this.timer !== undefined;
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  hostDisconnected(): void {
    this.cancel();
  }
}
