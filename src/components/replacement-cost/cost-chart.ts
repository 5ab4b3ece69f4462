import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Money } from '../../core/format.js';
import type { CostOption, OptionId } from './cost-model.js';
import type { CostCopy } from './replacement-cost.content.js';

const LINE_EM = 1.35;

/**
 * The bar chart, in two parts with a scale each, because a yearly cost and a one-off cost
 * are not the same kind of number: Year 1 and Year 2 per option, then what replacing each
 * would cost once. Every bar carries its amount; a zero is drawn as a line at zero, not
 * left out; the recommended option is named as such. Hidden from assistive technology:
 * the table holds the same numbers.
 */
export function costChart(
  options: readonly CostOption[],
  copy: CostCopy,
  money: Money,
  picked: OptionId | undefined,
): TemplateResult {
  let y = 0;
  const parts: SVGTemplateResult[] = [];
  const line = (content: SVGTemplateResult) => {
    y += LINE_EM;
    parts.push(content);
  };
  const heading = (text: string) => line(svg`<text class="group" y="${y + 1}em">${text}</text>`);
  const bar = (amount: number, top: number, series: number) =>
    line(
      // Bars stop at 62% of the width to leave room for the amount after them.
      svg`<rect class="s${series}${amount ? '' : ' zero'}" y="${y + 0.2}em" width="${top && (amount / top) * 62}%" height="1em"></rect><text x="${top && (amount / top) * 62}%" dx="6" y="${y + 1}em">${money(amount)}</text>`,
    );
  const name = (option: CostOption) =>
    line(svg`<text class="name" y="${y + 1}em">${copy[option.id]}${option.id === picked ? copy.recommendedMark : ''}</text>`);

  const yearlyTop = Math.max(...options.flatMap((option) => [option.year1 ?? 0, option.year2 ?? 0]));
  heading(copy.yearly);
  for (const option of options) {
    name(option);
    if (option.year1 === null) line(svg`<text class="quoted" y="${y + 1}em">${copy.quoted}</text>`);
    else [option.year1, option.year2].forEach((amount, series) => bar(amount, yearlyTop, series));
  }
  const replacementTop = Math.max(...options.map((option) => option.replacement));
  heading(copy.oneOff);
  for (const option of options) {
    name(option);
    bar(option.replacement, replacementTop, 2);
  }
  return html`<figure part="chart" aria-hidden="true">
    <svg width="100%" height="${y + 0.4}em">${parts}</svg>
    <figcaption>${(['year1', 'year2', 'replacement'] as const).map(
      (key, series) =>
        html`<span><svg width="1.6em" height="1em"><rect class="s${series}" width="100%" height="100%"></rect></svg>${copy[key]}</span>`,
    )}</figcaption>
  </figure>`;
}
