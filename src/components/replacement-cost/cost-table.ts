import { html, type TemplateResult } from 'lit';
import { fillCopy, type Money } from '../../core/format.js';
import type { CostOption, OptionId } from './cost-model.js';
import type { CostCopy } from './replacement-cost.content.js';

export const columns = ['year1', 'year2', 'total', 'replacement'] as const;

/** The column headings, as the table, the text and the CSV show them. */
export const columnNames = (copy: CostCopy, years: number): string[] => columns.map((key) => fillCopy(copy[key], { years }));

/**
 * The figures as a table, for screen readers and for copying. When the element is narrow
 * each option becomes a block of labelled lines (the styles read `data-label`), so every
 * column stays visible without scrolling.
 */
export function costTable(
  options: readonly CostOption[],
  copy: CostCopy,
  money: Money,
  picked: OptionId | undefined,
  years: number,
): TemplateResult {
  const names = columnNames(copy, years);
  return html`<table part="table">
    <caption>${fillCopy(copy.caption, { years })}</caption>
    <thead><tr><td></td>${names.map((name) => html`<th scope="col">${name}</th>`)}</tr></thead>
    <tbody>${options.map(
      (option) =>
        html`<tr class=${option.id === picked ? 'picked' : ''}><th scope="row">${copy[option.id]}</th>${
          option.year1 === null
            ? html`<td colspan="3" data-label="${names[0]}, ${names[1]}, ${names[2]}">${copy.quoted}</td>`
            : columns.slice(0, 3).map((key, i) => html`<td data-label=${names[i]!}>${money(option[key])}</td>`)
        }<td data-label=${names[3]!}>${money(option.replacement)}</td></tr>`,
    )}</tbody>
  </table>`;
}
