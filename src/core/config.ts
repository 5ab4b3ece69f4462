import { isServer } from 'lit';
import * as z from 'zod/mini';

/** One thing wrong with a configuration: where, and what was expected. */
export interface ConfigProblem {
  path: string;
  message: string;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; problems: ConfigProblem[] };

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  }
  return out || '(config)';
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return value.length > 40 ? `"${value.slice(0, 40)}…"` : `"${value}"`;
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : String(value);
}

/**
 * zod/mini ships no message locale (it saves bundle size), so issues are worded here.
 * Bounds, sets and custom rules come from the helpers in schema.ts with their own
 * wording; what zod itself reports is a wrong type or an unknown key.
 */
export function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    return `expected ${issue.expected}${issue.input === undefined ? ', but it is missing' : `, got ${describeValue(issue.input)}`}`;
  }
  if (issue.code === 'unrecognized_keys') return `has unknown key(s): ${issue.keys.join(', ')}`;
  return issue.message && issue.message !== 'Invalid input' ? issue.message : 'is not valid';
}

export function validate<T>(schema: z.ZodMiniType<T>, data: unknown, pathPrefix: readonly PropertyKey[] = []): Validated<T> {
  const result = z.safeParse(schema, data, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.slice(0, 20).map((issue) => ({
      path: formatPath([...pathPrefix, ...issue.path]),
      message: describeIssue(issue),
    })),
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function mergeTwo(base: unknown, layer: unknown): unknown {
  if (layer === undefined) return base;
  if (!isPlainObject(layer)) return layer;
  const merged: Record<string, unknown> = isPlainObject(base) ? { ...base } : {};
  for (const [key, value] of Object.entries(layer)) {
    if (!UNSAFE_KEYS.has(key)) merged[key] = mergeTwo(merged[key], value);
  }
  return merged;
}

/**
 * Deep-merges configuration layers, later layers winning. Lists are replaced, not merged;
 * `undefined` leaves the earlier value; keys that could pollute prototypes are dropped.
 */
export function mergeConfig(...layers: unknown[]): unknown {
  return layers.reduce(mergeTwo, undefined);
}

export const JSON_CONFIG_PATH = '<script type="application/json">';

/** Reads a `<script type="application/json">` child, the no-JavaScript-needed way to pass full config. */
export function readJsonConfig(host: Element): Validated<unknown> {
  // The server sees no light DOM: prerendered pages are configured by attributes.
  if (isServer) return { ok: true, value: undefined };
  const script = host.querySelector(':scope > script[type="application/json"]');
  const text = script?.textContent?.trim();
  if (!text) return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return {
      ok: false,
      problems: [{ path: JSON_CONFIG_PATH, message: `is not valid JSON (${(error as Error).message})` }],
    };
  }
}

/** What a host may pass: any part of a configuration, nested parts too; lists are given whole. */
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> | undefined }
    : T;
