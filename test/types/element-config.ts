// The element's `config` property takes what a host may pass, and nothing else.
import type { CostConfigInput } from 'ops-partner-widgets';

const calculator = document.createElement('ops-replacement-cost');
const partial: CostConfigInput = { currency: 'EUR', inputs: { pipelines: 6 } };
calculator.config = partial;
calculator.config = { currency: 'EUR', inputs: { pipelines: 6 } };
// @ts-expect-error config is an object
calculator.config = 42;
// @ts-expect-error pipelines is a number
calculator.config = { inputs: { pipelines: 'six' } };
