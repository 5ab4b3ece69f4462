import { define } from '../../core/define.js';
import { OpsIdentities } from './identities.component.js';

export { OpsIdentities };
export type { IdentitiesConfig, IdentitiesConfigInput, IdentityColumn, IdentityRow } from './identities.schema.js';

define('ops-identities', OpsIdentities);

declare global {
  interface HTMLElementTagNameMap {
    'ops-identities': OpsIdentities;
  }
}
