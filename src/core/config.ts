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

/** Without a schema, `data` is trusted as it is: the library's own, tested defaults. */
export function validate<T>(
  schema: z.ZodMiniType<T> | undefined,
  data: unknown,
  pathPrefix: readonly PropertyKey[] = [],
): Validated<T> {
  if (!schema) return { ok: true, value: data as T };
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

/** A layer that changes nothing when merged: absent, or objects holding only such layers. */
export function isEmptyLayer(layer: unknown): boolean {
  return layer === undefined || (isPlainObject(layer) && Object.values(layer).every(isEmptyLayer));
}

/** How much configuration a host may pass: beyond this it is refused, not walked. */
export const CONFIG_LIMITS = { depth: 32, values: 10_000, textLength: 20_000 };

/**
 * Copies what a host passed into plain data (objects, lists, text, numbers, booleans,
 * null) before anything else reads it. Cycles, deep nesting, huge values, throwing
 * getters, Proxies, functions and non-plain objects (window, DOM nodes, dates, class
 * instances) become a problem with a path instead of an exception inside the update.
 */
export function toPlainData(value: unknown): Validated<unknown> {
  let values = 0;
  let refusal: ConfigProblem | undefined;
  const ancestors = new Set<object>();
  const refuse = (path: PropertyKey[], message: string): never => {
    throw (refusal = { path: formatPath(path), message });
  };
  const copy = (item: unknown, path: PropertyKey[]): unknown => {
    if (++values > CONFIG_LIMITS.values) refuse([], `is too large (over ${CONFIG_LIMITS.values} values)`);
    if (typeof item === 'string' && item.length > CONFIG_LIMITS.textLength)
      refuse(path, `must be at most ${CONFIG_LIMITS.textLength} characters`);
    if (typeof item !== 'object' || item === null) {
      return ['string', 'number', 'boolean', 'undefined'].includes(typeof item) || item === null
        ? item
        : refuse(path, `expected plain data, got a ${typeof item}`);
    }
    if (path.length > CONFIG_LIMITS.depth || ancestors.has(item))
      refuse(path, `is nested over ${CONFIG_LIMITS.depth} levels deep or contains itself`);
    try {
      const prototype = Object.getPrototypeOf(item);
      const isList = Array.isArray(item);
      // A plain object from another window (a parent page, a framework in a frame) has that
      // window's Object.prototype: one whose own prototype is null.
      const isPlainObject = prototype === null || Object.getPrototypeOf(prototype) === null;
      if (!isList && !isPlainObject) {
        refuse(path, `expected plain data, got ${Object.prototype.toString.call(item).slice(8, -1)}`);
      }
      ancestors.add(item);
      const out = (isList ? [] : {}) as Record<PropertyKey, unknown>;
      for (const key of isList
        ? Array.from({ length: Math.min((item as unknown[]).length, CONFIG_LIMITS.values) }, (_, index) => index)
        : Object.keys(item)) {
        if (!UNSAFE_KEYS.has(key as string)) out[key] = copy((item as Record<PropertyKey, unknown>)[key], [...path, key]);
      }
      ancestors.delete(item);
      return out;
    } catch (error) {
      throw error === refusal ? error : refuse(path, `could not be read (${describeError(error)})`);
    }
  };
  try {
    return { ok: true, value: copy(value, []) };
  } catch {
    return { ok: false, problems: [refusal!] };
  }
}

/** An error's message as text, even when the error is a hostile object itself. */
export function describeError(error: unknown): string {
  try {
    return String((error as Error)?.message ?? error).slice(0, 200);
  } catch {
    return 'unknown error';
  }
}

export const JSON_CONFIG_PATH = '<script type="application/json">';

/** JSON text from the page, or nothing when blank; `path` names where it came from in a problem. */
export function parseJsonText(text: string | null | undefined, path: string): Validated<unknown> {
  const trimmed = text?.trim();
  if (!trimmed) return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(trimmed) };
  } catch (error) {
    // What a framework writes when it sets an object as an attribute before the element is defined.
    const hint =
      trimmed === '[object Object]' ? ': give JSON text, or set the `config` property once the element is defined' : '';
    return { ok: false, problems: [{ path, message: `is not valid JSON (${(error as Error).message})${hint}` }] };
  }
}

/** Reads a `<script type="application/json">` child, the no-JavaScript-needed way to pass full config. */
export function readJsonConfig(host: Element): Validated<unknown> {
  // The server sees no light DOM: prerendered pages are configured by attributes.
  if (isServer) return { ok: true, value: undefined };
  return parseJsonText(host.querySelector(':scope > script[type="application/json"]')?.textContent, JSON_CONFIG_PATH);
}

/** What a host may pass: any part of a configuration, nested parts too; lists are given whole. */
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> | undefined }
    : T;
