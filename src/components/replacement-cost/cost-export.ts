import { html, nothing, type TemplateResult } from 'lit';
import type { ClipboardController } from '../../core/controllers/clipboard.js';
import type { CostOption } from './cost-model.js';
import type { Formats, ListedValue, RecommendationText } from './cost-explanation.js';
import { columnNames, columns } from './cost-table.js';

/** What "Copy the numbers" puts on the clipboard, for an email or a spreadsheet. */
export interface ExportedNumbers {
  recommendation: RecommendationText;
  changes: string[];
  options: CostOption[];
  values: ListedValue[];
  years: number;
}

const whole = (amount: number | null) => (amount === null ? null : Math.round(amount) + 0);

/** The options in whole currency units (never -0), as `ops-calculate` and the CSV carry them. */
export const inWholeUnits = (options: CostOption[]): CostOption[] =>
  options.map((option) => ({ ...option, ...Object.fromEntries(columns.map((key) => [key, whole(option[key])])) }) as CostOption);

/** Plain text: the recommendation, one line per option, then every value with who set it. */
export function numbersAsText(n: ExportedNumbers, f: Formats): string {
  const names = columnNames(f.copy, n.years);
  return [
    n.recommendation.title,
    n.recommendation.reason,
    ...n.changes,
    '',
    ...n.options.map(
      (option) => `${f.copy[option.id]}: ${columns.map((key, i) => `${names[i]} ${f.money(option[key])}`).join(', ')}`,
    ),
    '',
    ...n.values.map(({ label, value, setBy }) => `${label}: ${value} (${setBy})`),
  ].join('\n');
}

// A cell a spreadsheet would run as a formula is prefixed, so pasted text stays text.
const cell = (value: string | number | null) =>
  typeof value === 'number' ? String(value) : value === null ? '' : `"${value.replace(/^[=+\-@]/, "'$&").replace(/"/g, '""')}"`;

/** CSV: the table as whole currency units (an unpriced figure is empty), then the values and the recommendation. */
export function numbersAsCsv(n: ExportedNumbers, f: Formats): string {
  const rows: (string | number | null)[][] = [
    [f.copy.option, ...columnNames(f.copy, n.years)],
    ...inWholeUnits(n.options).map((option) => [f.copy[option.id], ...columns.map((key) => option[key])]),
    [],
    ...n.values.map(({ label, value, setBy }) => [label, value, setBy]),
    [],
    [n.recommendation.title, n.recommendation.reason],
  ];
  return rows.map((row) => row.map(cell).join(',')).join('\r\n');
}

/**
 * The two copy buttons and what they report: "Copied." in a status line, or the text in a
 * field to copy by hand when the browser will not let the page copy it.
 */
export function copyButtons(clipboard: ClipboardController, f: Formats, numbers: () => ExportedNumbers): TemplateResult {
  const { copy } = f;
  const { state, manualText } = clipboard;
  return html`<div part="copy"><button type="button" class="button secondary" @click=${() => clipboard.copy(numbersAsText(numbers(), f))}>${copy.copyNumbers}</button>
    <button type="button" class="button secondary" @click=${() => clipboard.copy(numbersAsCsv(numbers(), f))}>${copy.copyCsv}</button>
    <span role="status">${state === 'copied' ? copy.copied : ''}</span>${
      state === 'manual'
        ? html`<label class="manual">${copy.copyManually}<textarea class="field" readonly rows="6" .value=${manualText}></textarea></label>`
        : nothing
    }</div>`;
}
