import type { CostInputs } from './cost-model.js';
import {
  defaultInputs,
  inputBounds,
  isValidInput,
  numericInputNames,
  toggleInputNames,
  type NumericInputName,
} from './replacement-cost.schema.js';

/**
 * Calculator inputs in a page URL, namespaced (`rc.pipelines=3`) so several calculators
 * and the host's own parameters can share one query string.
 */

export const defaultUrlPrefix = 'rc';

const inputNames: (keyof CostInputs)[] = [...numericInputNames, ...toggleInputNames];

// Plain decimals only (exponents allowed, since String(n) can produce them). Rejects what
// Number() would otherwise accept: '', ' ', '0x10', 'Infinity', '-1'.
const DECIMAL = /^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const FLAGS: Record<string, boolean> = { 1: true, true: true, 0: false, false: false };

function parseValue(name: keyof CostInputs, raw: string): number | boolean | undefined {
  if (name in inputBounds) {
    const value = Number(raw);
    return DECIMAL.test(raw) && isValidInput(name as NumericInputName, value) ? value : undefined;
  }
  return Object.hasOwn(FLAGS, raw) ? FLAGS[raw] : undefined;
}

/**
 * Writes every input under `prefix`. Parameters of `base` outside the prefix are kept;
 * ones inside it are replaced, so stale or unknown keys do not linger in shared links.
 * All inputs are written, not only changed ones: a shared link then means the same
 * thing even if the site owner later changes the defaults.
 */
export function encodeInputs(
  inputs: CostInputs,
  prefix: string = defaultUrlPrefix,
  base?: URLSearchParams | string,
): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const key of [...params.keys()]) {
    if (key.startsWith(`${prefix}.`)) params.delete(key);
  }
  for (const name of inputNames) params.set(`${prefix}.${name}`, String(+inputs[name]));
  return params;
}

/**
 * The inputs under `prefix` in `source`, over `defaults`. As with URLSearchParams.get(), the
 * first occurrence of a name counts; anything unusable keeps its default.
 */
export function decodeInputs(
  source: URLSearchParams | string,
  prefix: string = defaultUrlPrefix,
  defaults: CostInputs = defaultInputs,
): CostInputs {
  const params = new URLSearchParams(source);
  const inputs: Record<string, unknown> = { ...defaults };
  for (const name of inputNames) {
    const value = parseValue(name, params.get(`${prefix}.${name}`) ?? '');
    if (value !== undefined) inputs[name] = value;
  }
  return inputs as unknown as CostInputs;
}
