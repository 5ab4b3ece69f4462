import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Money } from '../../core/format.js';
import type { CostOption, OptionId } from './cost-model.js';
import type { CostCopy } from './replacement-cost.content.js';

export const chartSeries = ['year1', 'year2', 'replacement'] as const;

/** Height of one option's group in the chart, in em: its name and three bars. */
const GROUP_EM = 5.8;

/**
 * The grouped bar chart: per option its name, then Year 1, Year 2 and replacement bars,
 * each labelled with its amount. Hidden from assistive technology: the table beside it
 * holds the same numbers.
 */
export function costChart(options: readonly CostOption[], copy: CostCopy, money: Money, picked: OptionId | undefined): TemplateResult {
  const top = Math.max(...options.flatMap((option) => chartSeries.map((key) => option[key] ?? 0)));
  return html`<figure part="chart" aria-hidden="true">
    <svg width="100%" height="${options.length * GROUP_EM}em">${options.map((option, index) => {
      const y = index * GROUP_EM;
      return svg`<text class="name ${option.id === picked ? 'picked' : ''}" y="${y + 1}em">${copy[option.id]}</text>${chartSeries.map((key, row) => {
        const amount = option[key];
        const barY = y + 1.4 + row * 1.35;
        // An unpriced option gets one line of text across its two yearly rows.
        if (amount === null) return row ? nothing : svg`<text class="quoted" y="${barY + 1.45}em">${copy.quoted}</text>`;
        // Bars stop at 62% of the width to leave room for the amount after them.
        const width = top && (amount / top) * 62;
        return svg`<rect class="s${row}" y="${barY}em" width="${width}%" height="1em"></rect><text x="${width}%" dx="6" y="${barY + 0.8}em">${money(amount)}</text>`;
      })}`;
    })}</svg>
    <figcaption>${chartSeries.map(
      (key, row) => html`<span><svg width="1.6em" height="1em"><rect class="s${row}" width="100%" height="100%"></rect></svg>${copy[key]}</span>`,
    )}</figcaption>
  </figure>`;
}
