import * as z from 'zod/mini';
import { isSafeLink } from '../../core/urls.js';
import { defaultIdentityColumns, defaultIdentityCopy, defaultIdentityRows, type IdentityCopy } from './identities.content.js';

export const IDENTITY_LIMITS = { columns: 6, rows: 20, id: 40, label: 200, text: 600 } as const;

// Column ids become attribute values (`highlight="partner"`) and element ids, so they
// keep to a charset that needs no escaping anywhere.
export const COLUMN_ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;

const columnId = z.string().check(
  z.maxLength(IDENTITY_LIMITS.id),
  z.regex(COLUMN_ID_PATTERN, 'use lowercase letters, digits, "-" or "_", starting with a letter or digit'),
);
const label = z.string().check(z.minLength(1), z.maxLength(IDENTITY_LIMITS.label));
const text = z.string().check(z.maxLength(IDENTITY_LIMITS.text));
const link = z.string().check(
  z.refine((value) => value === '' || isSafeLink(value), {
    message: 'must be an http(s) or relative link (javascript: and data: links are refused)',
  }),
);

const copyShape = Object.fromEntries(Object.keys(defaultIdentityCopy).map((key) => [key, text])) as {
  [K in keyof IdentityCopy]: typeof text;
};

const columnSchema = z.strictObject({ id: columnId, name: label });
const rowSchema = z.strictObject({ label, cells: z.record(z.string(), text) });

export const identitiesConfigSchema = z
  .strictObject({
    columns: z.array(columnSchema).check(z.minLength(1), z.maxLength(IDENTITY_LIMITS.columns)),
    rows: z.array(rowSchema).check(z.minLength(1), z.maxLength(IDENTITY_LIMITS.rows)),
    /** Id of the column to mark, or '' for none. */
    highlight: z.string(),
    quizHref: link,
    calculatorHref: link,
    headingLevel: z.int().check(z.gte(1), z.lte(6)),
    copy: z.strictObject(copyShape),
  })
  .check(
    z.superRefine((config, ctx) => {
      const ids = new Set<string>();
      config.columns.forEach((column, index) => {
        if (ids.has(column.id)) {
          ctx.addIssue({ code: 'custom', message: `duplicate column id "${column.id}"`, path: ['columns', index, 'id'] });
        }
        ids.add(column.id);
      });
      // A missing cell would silently misrepresent one side of the comparison.
      config.rows.forEach((row, index) => {
        const missing = [...ids].filter((id) => typeof row.cells[id] !== 'string');
        if (missing.length) {
          ctx.addIssue({ code: 'custom', message: `has no text for column(s) ${missing.join(', ')}`, path: ['rows', index, 'cells'] });
        }
      });
      if (config.highlight && !ids.has(config.highlight)) {
        ctx.addIssue({
          code: 'custom',
          message: `must be one of the column ids (${[...ids].join(', ')}) or empty`,
          path: ['highlight'],
        });
      }
    }),
  );

export type IdentitiesConfig = z.infer<typeof identitiesConfigSchema>;
export type IdentityColumn = IdentitiesConfig['columns'][number];
export type IdentityRow = IdentitiesConfig['rows'][number];

export const defaultIdentitiesConfig: IdentitiesConfig = {
  columns: defaultIdentityColumns,
  rows: defaultIdentityRows,
  highlight: 'partner',
  quizHref: '',
  calculatorHref: '',
  headingLevel: 2,
  copy: defaultIdentityCopy,
};
