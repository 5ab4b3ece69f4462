import { define } from '../../core/define.js';
import { OpsBookingCta } from './booking-cta.component.js';

export { OpsBookingCta };
export type { BookingConfig, BookingConfigInput } from './booking-cta.schema.js';

define('ops-booking-cta', OpsBookingCta);

declare global {
  interface HTMLElementTagNameMap {
    'ops-booking-cta': OpsBookingCta;
  }
}
