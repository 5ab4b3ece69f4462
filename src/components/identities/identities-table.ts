import type { IdentityColumn, IdentityRow } from './identities.schema.js';

/** What a light-DOM comparison table contributes to the configuration. */
export interface TableContent {
  columns?: IdentityColumn[];
  rows?: IdentityRow[];
  copy?: { caption: string };
}

const cellText = (cell: Element) => cell.textContent!.replace(/\s+/g, ' ').trim();

/**
 * Reads the comparison from a plain `<table>` that the page shows before (or without)
 * JavaScript. The header row's cells after the first (the corner above the row labels)
 * name the columns; a header cell's `data-id` sets the column id, otherwise the id is
 * derived from its text ("Operations Partner" → `operations-partner`). In each body row
 * the first cell is the row label and the rest are the cells, in column order.
 * Only text is taken, never markup. Returns nothing for parts the table does not have,
 * so the defaults stay in force there.
 */
export function readIdentitiesTable(table: HTMLTableElement): TableContent {
  const headerRow = table.tHead?.rows[table.tHead.rows.length - 1] ?? table.rows[0];
  if (!headerRow) return {};
  const columns = [...headerRow.cells].slice(1).map((cell, index) => ({
    id:
      cell.dataset['id']?.trim() ||
      cellText(cell)
        .toLowerCase()
        .match(/[a-z0-9]+/g)
        ?.join('-')
        .slice(0, 40)
        .replace(/-$/, '') ||
      `column-${index + 1}`,
    name: cellText(cell),
  }));
  const rows = [...table.tBodies]
    .flatMap((body) => [...body.rows])
    .filter((row) => row !== headerRow && row.cells.length > 1)
    .map((row) => {
      const [label = '', ...values] = [...row.cells].map(cellText);
      // A cell the row lacks stays missing, so validation can name it.
      return {
        label,
        cells: Object.fromEntries(values.slice(0, columns.length).map((value, index) => [columns[index]!.id, value])),
      };
    });
  const caption = table.caption && cellText(table.caption);
  return {
    ...(columns[0] && { columns }),
    ...(rows[0] && { rows }),
    ...(caption && { copy: { caption } }),
  };
}
