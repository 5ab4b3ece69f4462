import type { ConfigProblem } from './config.js';

/** Where an `ops-error` came from. */
export type ErrorSource = 'config' | 'input' | 'render' | 'storage' | 'scheduler';

export interface OpsErrorDetail {
  /** The tag name of the element that reports it. */
  element: string;
  source: ErrorSource;
  message: string;
  problems: ConfigProblem[];
}

/** `ops-quiz-complete`: the reader finished the vendor quiz. */
export interface QuizCompleteDetail {
  quizId: string;
  vendor: string;
  score: number;
  max: number;
  band: { id: string; label: string };
  /** question id → choice id */
  answers: Record<string, string>;
}

export interface CostOptionSummary {
  id: string;
  year1: number | null;
  year2: number | null;
  replacement: number | null;
}

/** `ops-calculate`: the replacement-cost calculator settled on a new result. */
export interface CalculateDetail {
  inputs: Record<string, number | boolean>;
  assumptions: Record<string, unknown>;
  options: CostOptionSummary[];
  recommendation: { id: string; title: string; reason: string };
}

export interface BookingOpenDetail {
  mode: 'link' | 'popup' | 'inline';
  url: string;
}

export interface BookingScheduledDetail {
  scheduler: 'calcom' | 'calendly';
  url: string;
  /** The scheduler's own message payload, as it sent it. */
  data: unknown;
}

/**
 * Every event the library dispatches. Elements add their own entries through
 * declaration merging (`declare module '…/core/events.js'`).
 */
export interface OpsEventMap {
  'ops-error': OpsErrorDetail;
  'ops-quiz-complete': QuizCompleteDetail;
  'ops-calculate': CalculateDetail;
  'ops-booking-open': BookingOpenDetail;
  'ops-booking-scheduled': BookingScheduledDetail;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ops-error': CustomEvent<OpsErrorDetail>;
    'ops-quiz-complete': CustomEvent<QuizCompleteDetail>;
    'ops-calculate': CustomEvent<CalculateDetail>;
    'ops-booking-open': CustomEvent<BookingOpenDetail>;
    'ops-booking-scheduled': CustomEvent<BookingScheduledDetail>;
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
