import { defaultInputs, inputBounds, parseInputs, toggleInputNames, type CostInputs } from './cost-model.js';

/**
 * Calculator inputs in a page URL, namespaced (`rc.pipelines=3`) so several calculators
 * and the host's own parameters can share one query string.
 */

export const defaultUrlPrefix = 'rc';

const inputNames = [...Object.keys(inputBounds), ...toggleInputNames] as (keyof CostInputs)[];

// Plain decimals only (exponents allowed, since String(n) can produce them). Rejects what
// Number() would otherwise accept: '', ' ', '0x10', 'Infinity', '-1'.
const DECIMAL = /^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

function parseValue(name: keyof CostInputs, raw: string): number | boolean | undefined {
  if ((toggleInputNames as readonly string[]).includes(name)) {
    if (raw === '1' || raw === 'true') return true;
    if (raw === '0' || raw === 'false') return false;
    return undefined;
  }
  return DECIMAL.test(raw) ? Number(raw) : undefined;
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
  base: URLSearchParams | string = '',
): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const key of [...params.keys()]) {
    if (key.startsWith(`${prefix}.`)) params.delete(key);
  }
  for (const name of inputNames) {
    const value = inputs[name];
    params.set(`${prefix}.${name}`, typeof value === 'boolean' ? (value ? '1' : '0') : String(value));
  }
  return params;
}

export interface DecodedInputs {
  /** Always complete and valid: anything unusable keeps its default. */
  inputs: CostInputs;
  /** Fields whose value came from the URL. */
  applied: (keyof CostInputs)[];
  /** Parameter names under the prefix that were not used: unknown, repeated, garbage or out of range. */
  ignored: string[];
}

export function decodeInputs(
  source: URLSearchParams | string,
  prefix: string = defaultUrlPrefix,
  defaults: CostInputs = defaultInputs,
): DecodedInputs {
  const params = new URLSearchParams(source);
  const given: Partial<Record<keyof CostInputs, number | boolean>> = {};
  const ignored: string[] = [];
  for (const [key, raw] of params) {
    if (!key.startsWith(`${prefix}.`)) continue;
    const name = inputNames.find((candidate) => `${prefix}.${candidate}` === key);
    // The first occurrence wins, as with URLSearchParams.get().
    const value = name === undefined || name in given ? undefined : parseValue(name, raw);
    if (name === undefined || value === undefined) ignored.push(key);
    else given[name] = value;
  }

  let parsed = parseInputs(given, defaults);
  if (!parsed.ok) {
    for (const problem of parsed.problems) {
      const name = problem.field as keyof CostInputs;
      if (name in given) {
        delete given[name];
        ignored.push(`${prefix}.${name}`);
      }
    }
    // Every invalid field is reported at once, so what is left is valid.
    parsed = parseInputs(given, defaults);
  }
  return {
    inputs: parsed.ok ? parsed.value : { ...defaults },
    applied: inputNames.filter((name) => name in given),
    ignored,
  };
}
