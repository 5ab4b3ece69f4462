import { liveChecked } from '../../core/live-checked.js';
import { html, nothing, type TemplateResult } from 'lit';
import { fillCopy, type Format } from '../../core/format.js';
import { inputBounds, isValidInput, type NumericInputName } from './replacement-cost.schema.js';
import { readTypedNumber } from './typed-number.js';
import type { CostCopy } from './replacement-cost.content.js';

export interface FieldProps {
  name: NumericInputName;
  copy: CostCopy;
  currency: string;
  locale: string | undefined;
  value: number;
  /** The text as typed, while the reader edits it. */
  draft: string | undefined;
  money: Format;
  num: Format;
  /**
   * The reader changed the field: `draft` is the text to keep on screen (undefined shows
   * the value formatted), `value` a new usable value, if any.
   */
  edit: (draft: string | undefined, value?: number) => void;
}

const valueOf = (event: Event) => (event.target as HTMLInputElement).value;

/**
 * One numeric input: a text box that keeps the text as typed (leaving it keeps an unusable
 * draft on screen, with its message), a slider for the ones that are not money, and the
 * inline message in a polite live region, so it is announced while the reader types.
 */
export function costField(p: FieldProps): TemplateResult {
  const { name, copy, value, draft, edit } = p;
  const { max, integer, money } = inputBounds[name];
  const read = (text: string) => {
    const typed = readTypedNumber(text, p.locale);
    return isValidInput(name, typed) ? typed : undefined;
  };
  const invalid = draft != null && read(draft) === undefined;
  const show = money ? p.money : p.num;
  const unit = `${money ? `${p.currency} ` : ''}${copy[`${name}Unit`]}`;
  const label = copy[name];
  return html`<div class="number"><label for="field-${name}">${label}</label><div class="entry">
    <input id="field-${name}" class="field" part="input" inputmode="decimal" aria-invalid=${invalid}
      aria-describedby="unit-${name}${invalid ? ` message-${name}` : ''}" .value=${draft ?? p.num(value)}
      @input=${(event: Event) => {
        // A usable value counts at once; the text stays as typed until the reader leaves.
        const text = valueOf(event);
        edit(text, read(text));
      }}
      @change=${() => invalid || edit(undefined)} /><span id="unit-${name}" class="unit">${unit}</span></div>${
        money
          ? nothing
          : html`<input type="range" class="range" part="slider" aria-label=${fillCopy(copy.slider, { label })} aria-valuetext="${p.num(value)} ${unit}"
          max=${max} .value=${value} @input=${(event: Event) => edit(undefined, +valueOf(event))} />`
      }<div aria-live="polite">${
        invalid
          ? html`<p id="message-${name}" class="message" part="message">${fillCopy(copy[integer ? 'wholeNumber' : 'number'], { min: show(0), max: show(max), example: p.num(1234.5) })}</p>`
          : nothing
      }</div></div>`;
}

/** One yes/no input, labelled by its copy. */
export const costToggle = (label: string, checked: boolean, onChange: (checked: boolean) => void): TemplateResult =>
  html`<label class="choice"><input type="checkbox" class="check" part="toggle" ?checked=${checked} ${liveChecked(checked)}
    @change=${(event: Event) => onChange((event.target as HTMLInputElement).checked)} /><span>${label}</span></label>`;
