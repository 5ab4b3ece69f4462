/** What the reader enters in the replacement-cost calculator. */
export interface CostInputs {
  /** P: AI pipelines in production. */
  pipelines: number;
  /** E: fully loaded yearly cost of one platform engineer. */
  engineerCost: number;
  /** H: operating hours per pipeline per month. */
  opsHours: number;
  /** A: something needs a human outside business hours. */
  afterHours: boolean;
  /** T: yearly spend on AI tools and seats. */
  toolSpend: number;
  /** K: one-off consulting engagement. */
  consultantFee: number;
  /** X: the current vendor hands back data, audit trail and outputs on exit. */
  vendorExit: boolean;
  /** The team wants to keep operations in-house. */
  keepInHouse: boolean;
  /** An on-call rotation the team already runs can cover these pipelines too. */
  sharedOnCall: boolean;
}

export interface CostOptionSummary {
  id: string;
  year1: number | null;
  year2: number | null;
  /** Year 1 plus Year 2 for each further year of the horizon. */
  total: number | null;
  replacement: number | null;
}

/** `ops-calculate`: the replacement-cost calculator settled on a new result. Amounts are whole currency units. */
export interface CalculateDetail {
  inputs: CostInputs;
  assumptions: Record<string, unknown>;
  options: CostOptionSummary[];
  recommendation: { id: string; title: string; reason: string };
}

declare module '../core/events.js' {
  interface OpsEventMap {
    'ops-calculate': CalculateDetail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ops-calculate': CustomEvent<CalculateDetail>;
  }
}
