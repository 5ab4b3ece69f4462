import type { ConfigProblem } from './config.js';

/** Where an `ops-error` came from. */
export type ErrorSource = 'config' | 'input' | 'render' | 'storage' | 'clipboard';

export interface OpsErrorDetail {
  /** The tag name of the element that reports it. */
  element: string;
  source: ErrorSource;
  message: string;
  problems: ConfigProblem[];
}

/**
 * Every event the library dispatches, by name. Core declares only its own; each event
 * adds its entry beside its definition in `src/events/` through declaration merging.
 */
export interface OpsEventMap {
  'ops-error': OpsErrorDetail;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ops-error': CustomEvent<OpsErrorDetail>;
  }
}

/** Dispatches a typed `ops-*` event that bubbles out of shadow roots. */
export function emit<K extends keyof OpsEventMap>(
  target: EventTarget,
  name: K,
  detail: OpsEventMap[K],
): CustomEvent<OpsEventMap[K]> {
  const event = new CustomEvent(name, { detail, bubbles: true, composed: true });
  target.dispatchEvent(event);
  return event;
}
