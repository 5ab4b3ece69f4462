export { VERSION } from './core/version.js';
export type * from './core/events.js';
export { OpsBookingCta } from './components/booking-cta/booking-cta.js';
