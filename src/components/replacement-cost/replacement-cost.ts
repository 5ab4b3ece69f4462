import { define } from '../../core/define.js';
import { OpsReplacementCost } from './replacement-cost.component.js';

export { OpsReplacementCost };
export type { CostConfig, CostConfigInput } from './replacement-cost.schema.js';

define('ops-replacement-cost', OpsReplacementCost);

declare global {
  interface HTMLElementTagNameMap {
    'ops-replacement-cost': OpsReplacementCost;
  }
}
