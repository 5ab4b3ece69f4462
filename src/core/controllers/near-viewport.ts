import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Calls `onNear` once, when the watched element comes within `margin` of the viewport,
 * so heavy content loads only for readers who get close to it. Without
 * IntersectionObserver (old browsers, some embedded views) it calls `onNear` at once:
 * the content then loads as it would without this optimisation.
 */
export class NearViewportController implements ReactiveController {
  #observer: IntersectionObserver | undefined;
  #target: Element | undefined;
  #onNear: () => void;
  #margin: string;

  constructor(host: ReactiveControllerHost, onNear: () => void, margin = '400px 0px') {
    this.#onNear = onNear;
    this.#margin = margin;
    host.addController(this);
  }

  /** Starts watching `element`; watching the same element again changes nothing. */
  watch(element: Element | null | undefined): void {
    if (!element || element === this.#target) return;
    this.stop();
    this.#target = element;
    this.#start();
  }

  /** Stops watching, without calling `onNear`. */
  stop(): void {
    this.#observer?.disconnect();
    this.#observer = this.#target = undefined;
  }

  /** A reconnected host calls `watch` again when it renders. */
  hostDisconnected(): void {
    this.stop();
  }

  #start(): void {
    if (typeof IntersectionObserver === 'undefined') {
      this.stop();
      this.#onNear();
      return;
    }
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.stop();
        this.#onNear();
      },
      { rootMargin: this.#margin },
    );
    this.#observer.observe(this.#target!);
  }
}
