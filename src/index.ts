export { VERSION } from './core/version.js';
export type * from './core/events.js';
export { OpsBookingCta } from './components/booking-cta/booking-cta.js';
export type { BookingConfig } from './components/booking-cta/booking-cta.js';
export { OpsIdentities } from './components/identities/identities.js';
export type { IdentitiesConfig, IdentityColumn, IdentityRow } from './components/identities/identities.js';
export { OpsReplacementCost } from './components/replacement-cost/replacement-cost.js';
export type { CostConfig } from './components/replacement-cost/replacement-cost.js';
