import { html, nothing, type TemplateResult } from 'lit';
import { fillCopy, type Format } from '../../core/format.js';
import { inputBounds, type NumericInputName } from './replacement-cost.schema.js';
import type { CostCopy } from './replacement-cost.content.js';

export interface FieldProps {
  name: NumericInputName;
  copy: CostCopy;
  currency: string;
  /** The input's formula letter, so the reader can find it in the math. */
  symbol: string;
  value: number;
  /** The text as typed, while the reader edits it. */
  draft: string | undefined;
  invalid: boolean;
  /** Formats the value as the field shows it (money for money fields). */
  show: Format;
  num: Format;
  onType: (text: string) => void;
  onLeave: () => void;
  onSlide: (value: number) => void;
}

const valueOf = (event: Event) => (event.target as HTMLInputElement).value;

/**
 * One numeric input: a text box that keeps the text as typed, a slider for the ones that
 * are not money, and an inline message in a polite live region, so it is announced while
 * the reader types.
 */
export function costField(p: FieldProps): TemplateResult {
  const { name, copy, value, invalid } = p;
  const { max, integer, money } = inputBounds[name];
  const unit = `${money ? `${p.currency} ` : ''}${copy[`${name}Unit`]}`;
  const label = `${copy[name]} (${p.symbol})`;
  return html`<div class="field"><label for="field-${name}">${label}</label><div class="entry">
    <input id="field-${name}" part="input" inputmode="decimal" aria-invalid=${invalid}
      aria-describedby="unit-${name}${invalid ? ` message-${name}` : ''}" .value=${p.draft ?? p.num(value)}
      @input=${(event: Event) => p.onType(valueOf(event))} @change=${p.onLeave} /><span id="unit-${name}" class="unit">${unit}</span></div>${
    money
      ? nothing
      : html`<input type="range" part="slider" aria-label=${fillCopy(copy.slider, { label })} aria-valuetext="${p.num(value)} ${unit}"
          max=${max} .value=${value} @input=${(event: Event) => p.onSlide(+valueOf(event))} />`
  }<div aria-live="polite">${
    invalid
      ? html`<p id="message-${name}" class="message" part="message">${fillCopy(copy[integer ? 'wholeNumber' : 'number'], { min: p.show(0), max: p.show(max) })}</p>`
      : nothing
  }</div></div>`;
}
