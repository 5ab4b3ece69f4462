import { parseSecureUrl } from '../../core/urls.js';
import type { CalculateDetail } from '../../events/calculate.js';
import type { QuizCompleteDetail } from '../../events/quiz.js';

export type Scheduler = 'calcom' | 'calendly' | 'other';
export type BookingMode = 'link' | 'popup' | 'inline';

export interface Prefill {
  name?: string | undefined;
  email?: string | undefined;
  notes?: string | undefined;
}

export interface BookingUrlOptions {
  href: string;
  scheduler?: Scheduler | 'auto' | undefined;
  prefill?: Prefill | undefined;
  /** The host page's query string, for utm_* pass-through; omit to pass none. */
  pageSearch?: string | undefined;
  /** Set when the URL is loaded in a frame on this page. */
  embed?: { mode: 'popup' | 'inline'; hostname: string } | undefined;
}

export function detectScheduler(url: URL): Scheduler {
  const host = url.hostname.toLowerCase();
  if (host === 'cal.com' || host.endsWith('.cal.com')) return 'calcom';
  if (host === 'calendly.com' || host.endsWith('.calendly.com')) return 'calendly';
  return 'other';
}

export function resolveScheduler(url: URL, declared: Scheduler | 'auto' | undefined): Scheduler {
  return !declared || declared === 'auto' ? detectScheduler(url) : declared;
}

/** Copies utm_* parameters of the host page, without overwriting ones the scheduler URL sets. */
export function passThroughUtm(target: URL, pageSearch: string): void {
  for (const [key, value] of new URLSearchParams(pageSearch)) {
    if (/^utm_[a-z_]{1,30}$/i.test(key) && !target.searchParams.has(key) && value.length <= 200) {
      target.searchParams.set(key, value);
    }
  }
}

function setIfPresent(url: URL, key: string, value: string | undefined): void {
  const trimmed = value?.trim();
  if (trimmed) url.searchParams.set(key, trimmed);
}

/**
 * The scheduler URL with prefill, campaign and embedding parameters, in the form each
 * scheduler reads them. Returns null for a URL that is not https.
 */
export function buildBookingUrl(options: BookingUrlOptions): string | null {
  const url = parseSecureUrl(options.href);
  if (!url) return null;
  const scheduler = resolveScheduler(url, options.scheduler);
  const prefill = options.prefill ?? {};
  if (options.pageSearch) passThroughUtm(url, options.pageSearch);
  if (scheduler === 'calcom') {
    setIfPresent(url, 'name', prefill.name);
    setIfPresent(url, 'email', prefill.email);
    setIfPresent(url, 'notes', prefill.notes);
    if (options.embed) {
      // Cal.com posts its booking events to the parent page only in embed mode.
      url.searchParams.set('embed', '');
      url.searchParams.set('embedType', options.embed.mode === 'popup' ? 'modal' : 'inline');
    }
  } else if (scheduler === 'calendly') {
    setIfPresent(url, 'name', prefill.name);
    setIfPresent(url, 'email', prefill.email);
    // Calendly prefills free-text answers by position; the first one is the notes field.
    setIfPresent(url, 'a1', prefill.notes);
    if (options.embed) {
      url.searchParams.set('embed_domain', options.embed.hostname);
      url.searchParams.set('embed_type', options.embed.mode === 'popup' ? 'PopupWidget' : 'Inline');
    }
  }
  return url.href;
}

/** One plain line per result the reader produced on this page, for the booking notes. */
export function contextSummary(context: {
  quiz?: QuizCompleteDetail | undefined;
  calculation?: CalculateDetail | undefined;
}): string[] {
  const lines: string[] = [];
  const { quiz, calculation } = context;
  if (quiz) {
    const vendor = quiz.vendor.trim() ? ` (${quiz.vendor.trim().slice(0, 80)})` : '';
    lines.push(`Vendor quiz${vendor}: ${quiz.score}/${quiz.max}, ${quiz.band.label}`);
  }
  if (calculation) {
    const pipelines = calculation.inputs['pipelines'];
    const count = typeof pipelines === 'number' ? `${pipelines} pipeline${pipelines === 1 ? '' : 's'}` : 'estimate';
    lines.push(`Replacement cost (${count}): ${calculation.recommendation.title}`);
  }
  return lines;
}

export function joinNotes(notes: string | undefined, contextLines: string[]): string | undefined {
  const parts = [notes?.trim(), ...contextLines].filter((part): part is string => Boolean(part));
  return parts.length ? parts.join('\n') : undefined;
}

export type SchedulerMessage = { scheduler: 'calcom' | 'calendly'; data: unknown };

/**
 * Recognises a booking confirmation posted by a framed scheduler. The caller must
 * already have checked the message's origin and source window.
 */
export function readScheduledMessage(scheduler: Scheduler, data: unknown): SchedulerMessage | null {
  if (scheduler === 'calendly') {
    const event = (data as { event?: unknown } | null)?.event;
    return event === 'calendly.event_scheduled' ? { scheduler, data } : null;
  }
  if (scheduler === 'calcom') {
    if (data === 'cal.com:booking-success') return { scheduler, data };
    const message = data as { originator?: unknown; type?: unknown } | null;
    const type = typeof message?.type === 'string' ? message.type : '';
    if (message?.originator === 'CAL' && /^bookingSuccessful(V2)?$/.test(type)) return { scheduler, data };
  }
  return null;
}
