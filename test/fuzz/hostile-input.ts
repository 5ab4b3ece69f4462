import fc from 'fast-check';

/** Strings that would run or inject something if any element rendered text as markup or a URL. */
export const HOSTILE_STRINGS = [
  '<img src=x onerror="window.__pwned = 1">',
  '"><svg onload="window.__pwned = 1">',
  'javascript:window.__pwned = 1',
  ' JAVASCRIPT:window.__pwned=1',
  'data:text/html,<script>window.__pwned = 1</script>',
  '</script><script>window.__pwned = 1</script>',
  '<style>*{display:none}</style>',
  '${window.__pwned = 1}',
  '{{constructor.constructor("window.__pwned = 1")()}}',
  '\u202Egnp.exe\u202C',
  'مرحبا بالعالم',
  '\u200B\u200C\u200D\uFEFF',
  ' ',
  '',
  '\uD800',
  '__proto__',
  'a'.repeat(100_000),
];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary' }) },
  { weight: 1, arbitrary: fc.string() },
);

/** Objects that throw, loop or pretend; made fresh for every use. */
export const HOSTILE_OBJECTS: Record<string, () => unknown> = {
  cycle: () => {
    const cycle: Record<string, unknown> = {};
    cycle['self'] = cycle;
    return cycle;
  },
  deep: () => {
    let deep: unknown = {};
    for (let level = 0; level < 3000; level++) deep = { copy: deep };
    return deep;
  },
  throwingGetter: () =>
    Object.defineProperty({}, 'copy', {
      enumerable: true,
      get: () => {
        throw new Error('getter');
      },
    }),
  throwingProxy: () =>
    new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('trap');
        },
        get: () => {
          throw new Error('trap');
        },
      },
    ),
  lyingProxy: () =>
    new Proxy(
      {},
      { ownKeys: () => ['copy'], getOwnPropertyDescriptor: () => ({ value: 1, enumerable: true, configurable: true }) },
    ),
  window: () => window,
  node: () => document.body,
  date: () => new Date(0),
  map: () => new Map(),
  fn: () => () => 1,
  symbol: () => Symbol('x'),
  bigint: () => 10n,
  hugeList: () => new Array(2 ** 30),
};

export const hostileObject: fc.Arbitrary<unknown> = fc
  .constantFrom(...Object.keys(HOSTILE_OBJECTS))
  .map((name) => HOSTILE_OBJECTS[name]!());

/** Any value at all: JSON, hostile text, hostile objects. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 3, arbitrary: hostileString },
  { weight: 1, arbitrary: hostileObject },
);

type Path = (string | number)[];

/** Every path to a value inside `data`, lists and objects included. */
export function pathsOf(data: unknown, prefix: Path = []): Path[] {
  if (typeof data !== 'object' || data === null) return [prefix];
  const keys = Array.isArray(data) ? data.map((_, index) => index) : Object.keys(data);
  return [prefix, ...keys.flatMap((key) => pathsOf((data as Record<string, unknown>)[key], [...prefix, key]))];
}

/** A copy of `base` with the value at each path replaced. */
export function withReplacements(base: unknown, replacements: { path: Path; value: unknown }[]): unknown {
  let root = structuredClone(base);
  for (const { path, value } of replacements) {
    try {
      root = replaced(root, path, value);
    } catch {
      // A hostile object placed by an earlier replacement may refuse the next one.
    }
  }
  return root;
}

/** `root` with the value at `path` replaced; objects are made along the way where needed. */
function replaced(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const top = typeof root === 'object' && root !== null ? root : {};
  let node = top as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string | number, unknown>;
  }
  node[path.at(-1)!] = value;
  return top;
}

/** Configurations near a valid one: a few of its values replaced by anything, or something else entirely. */
export function configsNear(base: unknown, value: fc.Arbitrary<unknown> = anyValue): fc.Arbitrary<unknown> {
  const paths = pathsOf(base);
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .array(fc.record({ path: fc.constantFrom(...paths), value }), { minLength: 1, maxLength: 3 })
        .map((list) => withReplacements(base, list)),
    },
    { weight: 1, arbitrary: value },
  );
}
