import type { IdentityColumn, IdentityRow } from './identities.schema.js';

/** What a light-DOM comparison table contributes to the configuration. */
export interface TableContent {
  columns?: IdentityColumn[];
  rows?: IdentityRow[];
  copy?: { caption: string };
}

function cellText(cell: Element): string {
  return (cell.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function columnIdFor(cell: HTMLTableCellElement, index: number): string {
  const given = cell.dataset['id']?.trim();
  if (given) return given;
  const slug = cellText(cell)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || `column-${index + 1}`;
}

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
  const columns = [...headerRow.cells].slice(1).map((cell, index) => ({ id: columnIdFor(cell, index), name: cellText(cell) }));
  const bodyRows = [...table.tBodies].flatMap((body) => [...body.rows]).filter((row) => row !== headerRow);
  const rows = bodyRows
    .filter((row) => row.cells.length > 1)
    .map((row) => {
      const [labelCell, ...valueCells] = [...row.cells];
      const cells: Record<string, string> = {};
      columns.forEach((column, index) => {
        const cell = valueCells[index];
        if (cell) cells[column.id] = cellText(cell);
      });
      return { label: cellText(labelCell), cells };
    });
  const caption = table.caption ? cellText(table.caption) : '';
  return {
    ...(columns.length ? { columns } : {}),
    ...(rows.length ? { rows } : {}),
    ...(caption ? { copy: { caption } } : {}),
  };
}
