import * as z from 'zod/mini';
import type { DeepPartial } from '../../core/config.js';
import { count, flag, label as visibleLabel, list, rule, text as bounded } from '../../core/schema.js';
import { isSafeLink } from '../../core/urls.js';
import { defaultIdentityColumns, defaultIdentityCopy, defaultIdentityRows, type IdentityCopy } from './identities.content.js';

const text = bounded(600);
const label = visibleLabel(200);
const link = z.string().check(rule((value: string) => !value || isSafeLink(value), 'must be an http(s) or relative link'));

const copyShape = Object.fromEntries(Object.keys(defaultIdentityCopy).map((key) => [key, text])) as {
  [K in keyof IdentityCopy]: typeof text;
};

export const identitiesConfigSchema = z
  .strictObject({
    columns: list(
      z.strictObject({
        // Column ids become attribute values (`highlight="partner"`) and element ids, so
        // they keep to a charset that needs no escaping anywhere.
        id: z
          .string()
          .check(
            rule((id: string) => /^[a-z0-9][a-z0-9_-]{0,39}$/.test(id), 'use up to 40 lowercase letters, digits, "-" or "_"'),
          ),
        name: label,
      }),
      1,
      6,
    ),
    // Cells are keyed by column id; any key may appear, every value must be text.
    rows: list(z.strictObject({ label, cells: z.catchall(z.strictObject({}), text) }), 1, 20),
    /** Id of the column to mark, or '' for none. */
    highlight: z.string(),
    quizHref: link,
    calculatorHref: link,
    headingLevel: count(1, 6),
    copy: z.strictObject(copyShape),
  })
  .check(({ value: { columns, rows, highlight }, issues }) => {
    const ids = columns.map((column) => column.id);
    const report = (message: string, ...path: (string | number)[]) => flag(issues, path, message);
    ids.forEach((id, index) => ids.indexOf(id) < index && report(`duplicate column id "${id}"`, 'columns', index, 'id'));
    // A missing cell would silently misrepresent one side of the comparison.
    rows.forEach((row, index) => {
      const missing = ids.filter((id) => typeof row.cells[id] !== 'string');
      if (missing.length) report(`has no text for column(s) ${missing.join(', ')}`, 'rows', index, 'cells');
    });
    if (highlight && !ids.includes(highlight)) report(`must be one of the column ids (${ids.join(', ')}) or empty`, 'highlight');
  });

export type IdentitiesConfig = z.infer<typeof identitiesConfigSchema>;
/** What a host may pass as `config` or in the JSON child: any part of the configuration. */
export type IdentitiesConfigInput = DeepPartial<z.input<typeof identitiesConfigSchema>>;
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
