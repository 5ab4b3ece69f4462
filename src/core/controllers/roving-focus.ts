import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Arrow keys, Home and End move between a row of items (tabs, toolbar buttons), of
 * which only the current one is in the Tab order. In right-to-left text the left arrow
 * moves forward. The host chooses what moving means (`onMove`, e.g. selecting a tab);
 * focus follows once the host has rendered the change.
 */
export class RovingFocusController implements ReactiveController {
  #pendingFocus: number | undefined;
  #host: Host;
  #items: () => HTMLElement[];
  #onMove: (index: number) => void;

  constructor(host: Host, items: () => HTMLElement[], onMove: (index: number) => void) {
    this.#host = host;
    this.#items = items;
    this.#onMove = onMove;
    host.addController(this);
  }

  /** For the container's `keydown` event. */
  readonly keydown = (event: KeyboardEvent): void => {
    const items = this.#items();
    const count = items.length;
    const current = items.indexOf(event.target as HTMLElement);
    if (current < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const step = getComputedStyle(this.#host).direction === 'rtl' ? -1 : 1;
    const targets: Record<string, number> = { Home: 0, End: count - 1, ArrowLeft: current - step, ArrowRight: current + step };
    const next = targets[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.moveTo((next + count) % count);
  };

  moveTo(index: number): void {
    this.#pendingFocus = index;
    this.#onMove(index);
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    if (this.#pendingFocus === undefined) return;
    this.#items()[this.#pendingFocus]?.focus();
    this.#pendingFocus = undefined;
  }
}
