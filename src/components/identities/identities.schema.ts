import * as z from 'zod/mini';
import { isSafeLink } from '../../core/urls.js';
import { defaultIdentityColumns, defaultIdentityCopy, defaultIdentityRows, type IdentityCopy } from './identities.content.js';

const text = z.string().check(z.maxLength(600));
const label = z.string().check(z.minLength(1), z.maxLength(200));
const link = z.string().check(z.refine((value) => !value || isSafeLink(value), 'must be an http(s) or relative link'));

const copyShape = Object.fromEntries(Object.keys(defaultIdentityCopy).map((key) => [key, text])) as {
  [K in keyof IdentityCopy]: typeof text;
};

export const identitiesConfigSchema = z
  .strictObject({
    columns: z
      .array(
        z.strictObject({
          // Column ids become attribute values (`highlight="partner"`) and element ids, so
          // they keep to a charset that needs no escaping anywhere.
          id: z.string().check(z.maxLength(40), z.regex(/^[a-z0-9][a-z0-9_-]*$/)),
          name: label,
        }),
      )
      .check(z.minLength(1), z.maxLength(6)),
    // Cells are keyed by column id; any key may appear, every value must be text.
    rows: z.array(z.strictObject({ label, cells: z.catchall(z.strictObject({}), text) })).check(z.minLength(1), z.maxLength(20)),
    /** Id of the column to mark, or '' for none. */
    highlight: z.string(),
    quizHref: link,
    calculatorHref: link,
    headingLevel: z.number().check(
      z.refine((level) => Number.isInteger(level) && level > 0 && level < 7, 'must be a whole number from 1 to 6'),
    ),
    copy: z.strictObject(copyShape),
  })
  .check(
    z.superRefine(({ columns, rows, highlight }, ctx) => {
      const ids = columns.map((column) => column.id);
      const report = (message: string, ...path: (string | number)[]) => ctx.addIssue({ code: 'custom', message, path });
      ids.forEach((id, index) => ids.indexOf(id) < index && report(`duplicate column id "${id}"`, 'columns', index, 'id'));
      // A missing cell would silently misrepresent one side of the comparison.
      rows.forEach((row, index) => {
        const missing = ids.filter((id) => typeof row.cells[id] != 'string');
        if (missing.length) report(`has no text for column(s) ${missing.join(', ')}`, 'rows', index, 'cells');
      });
      if (highlight && !ids.includes(highlight)) report(`must be one of the column ids (${ids.join(', ')}) or empty`, 'highlight');
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
