import type { PropertyDeclaration, PropertyDeclarations } from 'lit';

/**
 * One attribute of an element: how its text becomes a value, and where that value goes
 * in the configuration. `T` only carries the property's type.
 */
export interface AttributeSpec<T = unknown> {
  kind: 'text' | 'number' | 'flag';
  /** Dot path in the configuration (`copy.heading`); none for attributes that are not configuration. */
  path?: string | undefined;
  /** A flag that turns a setting off (`no-utm` sets `utm` to false). */
  inverted?: boolean | undefined;
  /** Mirror the property back to the attribute. */
  reflect?: boolean | undefined;
  /** Only for typing: never set. */
  readonly type?: T;
}

/** property name → its attribute; the attribute name is the property name in kebab-case. */
export type AttributeTable = Record<string, AttributeSpec>;

/** The element properties a table declares, each `undefined` while its attribute is absent. */
export type AttributeValues<Table extends AttributeTable> = {
  -readonly [Name in keyof Table]: (Table[Name] extends AttributeSpec<infer T> ? T : never) | undefined;
};

/** Text, or one of a set of words (the type parameter names them; the schema checks them). */
export const textAttribute = <T extends string = string>(path?: string, reflect?: boolean): AttributeSpec<T> => ({
  kind: 'text',
  path,
  reflect,
});
export const numberAttribute = (path?: string): AttributeSpec<number> => ({ kind: 'number', path });
export const flagAttribute = (path?: string, inverted?: boolean): AttributeSpec<boolean> => ({ kind: 'flag', path, inverted });

export const attributeName = (property: string): string => property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/*
 * A removed attribute reads as `undefined`, so the configuration falls back to the layer
 * below it; Lit's own converters would give `null` (a wrong type) or `false` (a flag that
 * keeps overriding the JSON child after it was removed).
 */
const readers: Record<AttributeSpec['kind'], (text: string) => unknown> = {
  text: (text) => text,
  // Text that is not a number stays text, so the error message can quote it.
  number: (text) => (text.trim() && Number.isFinite(Number(text)) ? Number(text) : text),
  flag: () => true,
};

function declaration(spec: AttributeSpec, property: string): PropertyDeclaration {
  const read = readers[spec.kind];
  return {
    attribute: attributeName(property),
    reflect: !!spec.reflect,
    converter: {
      fromAttribute: (text: string | null) => (text === null ? undefined : read(text)),
      toAttribute: (value: unknown) => (value == null || value === false ? null : value === true ? '' : String(value)),
    },
  };
}

/** Lit's property declarations for every attribute in the table. */
export function attributeProperties(table: AttributeTable): PropertyDeclarations {
  return Object.fromEntries(Object.entries(table).map(([property, spec]) => [property, declaration(spec, property)]));
}

/** Names of the properties whose value is part of the configuration. */
export function configPropertyNames(table: AttributeTable): string[] {
  return Object.keys(table).filter((property) => table[property]!.path);
}

/**
 * The attribute layer of the configuration: for each property that has a value, that
 * value at its path. Absent values (`undefined` or `null`) leave the path out, so the
 * layers below it apply.
 */
export function attributeLayer(table: AttributeTable, valueOf: (property: string) => unknown): Record<string, unknown> {
  const layer: Record<string, unknown> = {};
  for (const property of configPropertyNames(table)) {
    const { path, inverted } = table[property]!;
    const value = valueOf(property);
    if (value == null) continue;
    const keys = path!.split('.');
    const last = keys.pop()!;
    let target = layer;
    for (const key of keys) target = (target[key] ??= {}) as Record<string, unknown>;
    target[last] = inverted ? !value : value;
  }
  return layer;
}
