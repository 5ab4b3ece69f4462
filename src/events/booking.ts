/** `ops-booking-open`: the reader opened the scheduler. */
export interface BookingOpenDetail {
  mode: 'link' | 'popup' | 'inline';
  url: string;
}

/** `ops-booking-scheduled`: a framed scheduler confirmed a booking. */
export interface BookingScheduledDetail {
  scheduler: 'calcom' | 'calendly';
  url: string;
  /** The scheduler's own message payload, as it sent it. */
  data: unknown;
}

declare module '../core/events.js' {
  interface OpsEventMap {
    'ops-booking-open': BookingOpenDetail;
    'ops-booking-scheduled': BookingScheduledDetail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ops-booking-open': CustomEvent<BookingOpenDetail>;
    'ops-booking-scheduled': CustomEvent<BookingScheduledDetail>;
  }
}
