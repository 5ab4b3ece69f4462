import { html, nothing, svg, type PropertyDeclarations, type TemplateResult } from 'lit';
import { attributeProperties, numberAttribute, textAttribute, type AttributeValues } from '../../core/attributes.js';
import { emit } from '../../core/events.js';
import type { CalculateDetail } from '../../events/calculate.js';
import { liveChecked } from '../../core/live-checked.js';
import { OpsElement } from '../../core/ops-element.js';
import { fillCopy, moneyFormat, numberFormat, plainNumberFormat, type Format, type Money } from '../../core/format.js';
import { explainEstimate, listAssumptions } from './cost-math.js';
import {
  estimate,
  inputBounds,
  isValidInput,
  recommendationText,
  toggleInputNames,
  type CostInputs,
  type NumericInputName,
} from './cost-model.js';
import { decodeInputs, defaultUrlPrefix, encodeInputs } from './cost-url.js';
import { costConfigSchema, defaultCostConfig, type CostConfig, type CostConfigInput } from './replacement-cost.schema.js';
import { costStyles } from './replacement-cost.styles.js';

const attributes = {
  currency: textAttribute('currency'),
  locale: textAttribute('locale'),
  partnerFee: numberAttribute('partnerFee'),
  partnerOpsPerPipeline: numberAttribute('partnerOpsPerPipeline'),
  heading: textAttribute('copy.heading'),
  headingLevel: numberAttribute('headingLevel'),
  /** Present to keep the inputs in the URL; its value, if any, is the parameter prefix. */
  syncUrl: textAttribute(),
};

const numericInputNames = Object.keys(inputBounds) as NumericInputName[];
const series = ['year1', 'year2', 'replacement'] as const;
/** Height of one option's group in the chart, in em: its name and three bars. */
const GROUP_EM = 5.8;

/**
 * Reads a number the way the reader writes it in `locale`: group separators and spaces
 * are optional, the locale's decimal sign is required for fractions. Anything else,
 * signs and exponents included, is not a number a reader would type here.
 */
export function readTypedNumber(text: string, locale: string | undefined): number | undefined {
  const parts = numberFormat(locale).formatToParts(12345.6);
  const sign = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  const plain = text.replace(/\s/g, '').split(sign('group')).join('').replace(sign('decimal'), '.');
  return /^(\d+\.?\d*|\.\d+)$/.test(plain) ? Number(plain) : undefined;
}

/**
 * The formula letters of the inputs in the order they are shown, numbers then toggles,
 * so the reader can find each input in the math.
 */
const symbols = 'PEHTKAX';

const labelOf = (label: string, symbol: string | undefined) => (symbol ? `${label} (${symbol})` : label);

const target = (event: Event) => event.target as HTMLInputElement;

/** Fields the reader is editing: their text exactly as typed, whether or not it is usable. */
type Drafts = Partial<Record<NumericInputName, string>>;

/**
 * What it costs per year to run AI pipelines in-house, with a vendor, a consultant or
 * an Operations Partner, and what it would cost to replace each if it ended tomorrow.
 * The reader edits the inputs; the site owner's assumptions come from config. Every
 * figure is shown as a chart, as a table and as its formula with the values in place.
 *
 * Config (JSON child or `config` property): the assumptions at the top level
 * (`currency`, `locale`, `partnerFee`, `partnerOpsPerPipeline`, `rotation`, …), `inputs`
 * for where the reader starts, `copy` for every string, `headingLevel`.
 *
 * `ops-calculate` fires only after the reader changes something, never on load, so
 * a booking element on the page does not report a result the reader never asked for.
 *
 * @summary Replacement cost of in-house, vendor, consultant and Operations Partner, with the math shown.
 * @tag ops-replacement-cost
 *
 * @attr currency - ISO 4217 currency code (default `USD`).
 * @attr locale - Number format, e.g. `de-DE` (default: the reader's browser language).
 * @attr {number} partner-fee - Operations Partner engagement fee, one-off. Without it the partner is quoted on the call.
 * @attr {number} partner-ops-per-pipeline - Operations Partner support per pipeline per year.
 * @attr heading - Replace the heading text.
 * @attr {number} heading-level - Outline level of the heading, 1 to 6 (default 2).
 * @attr sync-url - Keep the inputs in the page URL so a result can be shared; the value is the parameter prefix (default `rc`).
 * @attr theme - `light` (default), `dark` or `auto`.
 *
 * @event ops-calculate - The reader changed an input and the result settled. `detail: { inputs, assumptions, options, recommendation }`.
 * @event ops-error - The configuration is invalid. `detail: { element, source, message, problems }`.
 *
 * @slot cta - A call to action under the recommendation, such as `<ops-booking-cta>`.
 *
 * @csspart card - The card around everything.
 * @csspart heading - The heading.
 * @csspart inputs - The reader's inputs.
 * @csspart input - Each number field.
 * @csspart slider - Each slider.
 * @csspart toggle - Each yes/no checkbox.
 * @csspart message - An inline message about a field's value.
 * @csspart recommendation - The recommendation and why.
 * @csspart chart - The bar chart and its legend.
 * @csspart table - The table of the same figures.
 * @csspart math - "How this is calculated".
 * @csspart error - The configuration error message.
 *
 * @cssprop --ops-accent - Year 1 and Year 2 bars, links, focus ring.
 * @cssprop --ops-fg - Text colour and replacement-cost bars.
 * @cssprop --ops-bg - Background colour.
 * @cssprop --ops-surface - Background of the recommendation and the recommended row.
 * @cssprop --ops-muted - Secondary text colour.
 * @cssprop --ops-border - Border colour.
 * @cssprop --ops-danger - Inline messages and invalid fields.
 * @cssprop --ops-radius - Corner radius.
 * @cssprop --ops-gap - Space between parts.
 * @cssprop --ops-font - Font family (inherits the page's by default).
 */
export class OpsReplacementCost extends OpsElement<CostConfig, CostConfigInput> {
  static override styles = [...OpsElement.styles, costStyles];

  static override attributeTable = attributes;

  static override properties: PropertyDeclarations = attributeProperties(attributes);

  /** The last valid inputs: what every figure on screen is computed from. */
  private inputs: CostInputs = { ...defaultCostConfig.inputs };
  private drafts: Drafts = {};
  /** Text of the polite live region; empty until the recommendation changes. */
  private announcement = '';

  protected readonly configSchema = costConfigSchema;
  /** Once the reader has changed something, new config no longer resets the inputs. */
  private touched = false;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private lastTitle: string | undefined;
  /** What the last render showed; `ops-calculate` reports exactly that. */
  private shown: CalculateDetail | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.settleTimer);
  }

  protected defaultConfig(): unknown {
    return defaultCostConfig;
  }

  private get urlPrefix(): string | undefined {
    return this.syncUrl == null ? undefined : this.syncUrl || defaultUrlPrefix;
  }

  protected override settingsChanged(settings: CostConfig): void {
    if (this.touched) return;
    const prefix = this.urlPrefix;
    // Without sync-url nothing is read; anything unusable in the URL keeps the configured start.
    this.inputs = decodeInputs(prefix && !this.matchingServer ? location.search : '', prefix, settings.inputs);
    this.drafts = {};
  }

  /** Keeps what the reader typed and, when they changed a usable value, the new inputs. */
  private edit(drafts: Drafts, change?: Partial<CostInputs>): void {
    this.drafts = drafts;
    if (change) {
      this.inputs = { ...this.inputs, ...change };
      this.touched = true;
      clearTimeout(this.settleTimer);
      // Long enough to wait out a burst of typing, short enough to feel immediate.
      this.settleTimer = setTimeout(() => this.settle(), 300);
    }
    this.requestUpdate();
  }

  /** Runs once the reader pauses: shares the result, announces a new recommendation. */
  private settle(): void {
    const detail = this.shown!;
    const { title } = detail.recommendation;
    if (title !== this.lastTitle) {
      this.announcement = title;
      this.requestUpdate();
    }
    this.lastTitle = title;
    const prefix = this.urlPrefix;
    if (prefix) {
      try {
        const url = new URL(location.href);
        url.search = encodeInputs(this.inputs, prefix, url.search).toString();
        history.replaceState(history.state, '', url);
      } catch {
        // Sandboxed frames and rate limits can refuse; the calculator works without it.
      }
    }
    emit(this, 'ops-calculate', detail);
  }

  protected renderContent(configured: CostConfig): TemplateResult {
    // The reader's locale is unknown to the server; a fixed one keeps the hydrating render equal to it.
    const settings = this.matchingServer && !configured.locale ? { ...configured, locale: 'en-US' } : configured;
    const { copy, inputs: _inputs, headingLevel, ...assumptions } = settings;
    const { currency, locale } = assumptions;
    const result = estimate(this.inputs, assumptions);
    const { recommendation, options } = result;
    const { title, reason } = recommendationText(recommendation, copy);
    this.shown = {
      inputs: { ...this.inputs },
      assumptions,
      options,
      recommendation: { id: recommendation.id, title, reason },
    };
    this.lastTitle ??= title;
    const money = moneyFormat(currency, locale, copy.quoted);
    const num = plainNumberFormat(locale);
    const picked = (id: string) => ('optionId' in recommendation && recommendation.optionId === id ? 'picked' : '');
    const top = Math.max(...options.flatMap((option) => series.map((key) => option[key] ?? 0)));

    return html`<section class="card" part="card">
      ${copy.heading ? html`<p id="heading" part="heading" role="heading" aria-level=${headingLevel}>${copy.heading}</p>` : nothing}
      ${copy.intro ? html`<p class="intro">${copy.intro}</p>` : nothing}
      <div class="layout">
        <div part="inputs">${numericInputNames.map((name, index) => this.renderField(name, settings, symbols[index]!, money, num))}${toggleInputNames.map(
          (name, index) => html`<label class="toggle"><input type="checkbox" part="toggle" ?checked=${this.inputs[name]} ${liveChecked(this.inputs[name])}
            @change=${(event: Event) => this.edit(this.drafts, { [name]: target(event).checked })} /><span>${labelOf(copy[name], symbols[index + 5])}</span></label>`,
        )}</div>
        <div class="results">
          <div part="recommendation"><p class="title">${title}</p><p>${reason}</p><slot name="cta"></slot></div>
          <figure part="chart" aria-hidden="true">
            <svg width="100%" height="${options.length * GROUP_EM}em"><defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"><rect class="s0" width="3" height="6"></rect></pattern></defs>${options.map((option, index) => {
              const y = index * GROUP_EM;
              return svg`<text class="name ${picked(option.id)}" y="${y + 1}em">${copy[option.id]}</text>${series.map((key, row) => {
                const amount = option[key];
                const barY = y + 1.4 + row * 1.35;
                // An unpriced option gets one line of text across its two yearly rows.
                if (amount === null) return row ? nothing : svg`<text class="quoted" y="${barY + 1.45}em">${copy.quoted}</text>`;
                // Bars stop at 62% of the width to leave room for the amount after them.
                const width = top && (amount / top) * 62;
                return svg`<rect class="s${row}" y="${barY}em" width="${width}%" height="1em"></rect><text x="${width}%" dx="6" y="${barY + 0.8}em">${money(amount)}</text>`;
              })}`;
            })}</svg>
            <figcaption>${series.map(
              (key, row) => html`<span><svg width="1.6em" height="1em"><rect class="s${row}" width="100%" height="100%"></rect></svg>${copy[key]}</span>`,
            )}</figcaption>
          </figure>
          <div class="scroll"><table part="table">
            <caption>${copy.caption}</caption>
            <thead><tr><td></td>${series.map((key) => html`<th scope="col">${copy[key]}</th>`)}</tr></thead>
            <tbody>${options.map(
              (option) => html`<tr class=${picked(option.id)}><th scope="row">${copy[option.id]}</th>${
                option.year1 === null
                  ? html`<td colspan="2">${copy.quoted}</td>`
                  : html`<td>${money(option.year1)}</td><td>${money(option.year2)}</td>`
              }<td>${money(option.replacement)}</td></tr>`,
            )}</tbody>
          </table></div>
        </div>
      </div>
      <details part="math">
        <summary>${copy.math}</summary>
        <ol>${explainEstimate(this.inputs, assumptions, result, money, copy).map(
          (step) => html`<li>${step.label}<code>${step.formula}</code><code>= ${step.substituted} = ${step.value}</code></li>`,
        )}</ol>
        <p class="title">${copy.assumptions}</p>
        <dl>${listAssumptions(assumptions, money).map(
          ([id, label, value]) => html`<div><dt><code>${id}</code> ${label}</dt><dd>${value}</dd></div>`,
        )}</dl>
      </details>
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </section>`;
  }

  private renderField(
    name: NumericInputName,
    { copy, currency, locale }: CostConfig,
    symbol: string,
    money: Money,
    num: Format,
  ): TemplateResult {
    const { max, integer, money: isMoney, unit } = inputBounds[name];
    const draft = this.drafts[name];
    const usable = (text: string) => isValidInput(name, readTypedNumber(text, locale));
    const invalid = draft != null && !usable(draft);
    const value = this.inputs[name];
    const show = isMoney ? money : num;
    // Without a draft the field shows its value in the locale's format.
    const withoutDraft = () => ({ ...this.drafts, [name]: undefined });
    return html`<div class="field"><label id="label-${name}" for="field-${name}">${labelOf(copy[name], symbol)}</label><div class="entry">
      <input id="field-${name}" part="input" inputmode="decimal" aria-invalid=${invalid}
        aria-describedby="unit-${name}${invalid ? ` message-${name}` : ''}" .value=${draft ?? num(value)}
        @input=${(event: Event) => {
          const text = target(event).value;
          // A usable value counts at once; the text stays as typed until the reader leaves.
          this.edit({ ...this.drafts, [name]: text }, usable(text) ? { [name]: readTypedNumber(text, locale) } : undefined);
        }}
        @change=${() => {
          // Leaving a field keeps an unusable draft on screen, with its message.
          if (!invalid) this.edit(withoutDraft());
        }} /><span id="unit-${name}" class="unit">${isMoney ? `${currency} ` : ''}${unit}</span></div>${
      isMoney
        ? nothing
        : html`<input type="range" part="slider" aria-labelledby="label-${name}" max=${max} .value=${value}
            @input=${(event: Event) => this.edit(withoutDraft(), { [name]: +target(event).value })} />`
    }${
      invalid
        ? html`<p id="message-${name}" class="message" part="message">${fillCopy(copy[integer ? 'wholeNumber' : 'number'], { min: show(0), max: show(max) })}</p>`
        : nothing
    }</div>`;
  }
}

// The attribute properties are declared by the table; this gives them their types.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface OpsReplacementCost extends AttributeValues<typeof attributes> {}
