import { html, nothing, svg, type PropertyDeclarations, type TemplateResult } from 'lit';
import { emit } from '../../core/events.js';
import { formatCurrency, formatNumber } from '../../core/format.js';
import { OpsElement } from '../../core/ops-element.js';
import { explainEstimate, inputSymbols, listAssumptions } from './cost-math.js';
import {
  estimate,
  inputBounds,
  parseInputs,
  recommendationText,
  toggleInputNames,
  type CostAssumptions,
  type CostInputs,
  type NumericInputName,
} from './cost-model.js';
import { decodeInputs, defaultUrlPrefix, encodeInputs } from './cost-url.js';
import { costConfigSchema, defaultCostConfig, type CostConfig } from './replacement-cost.schema.js';
import { costStyles } from './replacement-cost.styles.js';

/** Long enough to wait out a burst of typing, short enough to feel immediate. */
const SETTLE_MS = 300;
const numericInputNames = Object.keys(inputBounds) as NumericInputName[];
const series = ['year1', 'year2', 'replacement'] as const;
/** Height of one option's group in the chart, in em: its name and three bars. */
const GROUP_EM = 5.8;
/** Bars stop short of the full width to leave room for the amount after them. */
const BAR_MAX_PERCENT = 62;

/** A field the reader is editing: their text exactly as typed, and whether it was usable. */
interface Draft {
  text: string;
  invalid: boolean;
}

/**
 * Reads a number the way the reader writes it in `locale`: group separators and spaces
 * are optional, the locale's decimal sign is required for fractions. Anything else,
 * signs and exponents included, is not a number a reader would type here.
 */
export function readTypedNumber(text: string, locale: string | undefined): number | undefined {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  const sign = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  const plain = text.replace(/\s/g, '').split(sign('group')).join('').replace(sign('decimal'), '.');
  return /^(\d+\.?\d*|\.\d+)$/.test(plain) ? Number(plain) : undefined;
}

/** The formula letter after a label, so the reader can find the input in the math. */
function symbolOf(name: keyof CostInputs): string {
  const symbol = inputSymbols[name];
  return symbol.length === 1 ? ` (${symbol})` : '';
}

function assumptionsOf(settings: CostConfig): CostAssumptions {
  const { inputs: _inputs, copy: _copy, headingLevel: _level, ...assumptions } = settings;
  return assumptions;
}

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
 * @attr partner-fee - Operations Partner engagement fee, one-off. Without it the partner is quoted on the call.
 * @attr partner-ops-per-pipeline - Operations Partner support per pipeline per year.
 * @attr heading - Replace the heading text.
 * @attr heading-level - Outline level of the heading, 1 to 6 (default 2).
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
export class OpsReplacementCost extends OpsElement<CostConfig> {
  static override styles = [...OpsElement.styles, costStyles];

  static override properties: PropertyDeclarations = {
    currency: {},
    locale: {},
    partnerFee: { attribute: 'partner-fee', type: Number },
    partnerOpsPerPipeline: { attribute: 'partner-ops-per-pipeline', type: Number },
    heading: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    syncUrl: { attribute: 'sync-url' },
    inputs: { state: true },
    drafts: { state: true },
    announcement: { state: true },
  };

  protected static override configProperties = ['currency', 'locale', 'partnerFee', 'partnerOpsPerPipeline', 'heading', 'headingLevel', 'syncUrl'];

  declare currency: string | undefined;
  declare locale: string | undefined;
  declare partnerFee: number | undefined;
  declare partnerOpsPerPipeline: number | undefined;
  declare heading: string | undefined;
  declare headingLevel: number | undefined;
  /** Present to keep the inputs in the URL; its value, if any, is the parameter prefix. */
  declare syncUrl: string | undefined;
  /** The last valid inputs: what every figure on screen is computed from. */
  declare private inputs: CostInputs;
  declare private drafts: Partial<Record<NumericInputName, Draft>>;
  /** Text of the polite live region; empty until the recommendation changes. */
  declare private announcement: string;

  protected readonly configSchema = costConfigSchema;
  /** Once the reader has changed something, new config no longer resets the inputs. */
  private touched = false;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private lastTitle: string | undefined;

  constructor() {
    super();
    this.inputs = { ...defaultCostConfig.inputs };
    this.drafts = {};
    this.announcement = '';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.settleTimer);
  }

  protected defaultConfig(): unknown {
    return defaultCostConfig;
  }

  protected override attributeConfig(): Record<string, unknown> {
    return {
      currency: this.currency,
      locale: this.locale,
      partnerFee: this.partnerFee,
      partnerOpsPerPipeline: this.partnerOpsPerPipeline,
      headingLevel: this.headingLevel,
      copy: { heading: this.heading },
    };
  }

  private get urlPrefix(): string | undefined {
    return this.syncUrl == null ? undefined : this.syncUrl || defaultUrlPrefix;
  }

  protected override settingsChanged(settings: CostConfig): void {
    if (this.touched) return;
    const prefix = this.urlPrefix;
    // Anything unusable in the URL is skipped, keeping the configured start.
    this.inputs = prefix ? decodeInputs(location.search, prefix, settings.inputs).inputs : { ...settings.inputs };
    this.drafts = {};
  }

  private changeInputs(change: Partial<CostInputs>): void {
    this.inputs = { ...this.inputs, ...change };
    this.touched = true;
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => this.settle(), SETTLE_MS);
  }

  private onType(name: NumericInputName, event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    const value = readTypedNumber(text, this.settings?.locale);
    const parsed = value === undefined ? undefined : parseInputs({ [name]: value }, this.inputs);
    if (parsed?.ok) this.changeInputs(parsed.value);
    this.drafts = { ...this.drafts, [name]: { text, invalid: !parsed?.ok } };
  }

  /** Leaving a valid field shows its value in the locale's format again. */
  private onCommit(name: NumericInputName): void {
    if (this.drafts[name]?.invalid) return;
    this.drafts = { ...this.drafts, [name]: undefined };
  }

  private onSlide(name: NumericInputName, event: Event): void {
    this.drafts = { ...this.drafts, [name]: undefined };
    this.changeInputs({ [name]: Number((event.target as HTMLInputElement).value) });
  }

  /** Runs once the reader pauses: shares the result, announces a new recommendation. */
  private settle(): void {
    const settings = this.settings;
    if (!settings) return;
    const assumptions = assumptionsOf(settings);
    const result = estimate(this.inputs, assumptions);
    const { title, reason } = recommendationText(result.recommendation, settings.copy);
    if (title !== this.lastTitle) this.announcement = title;
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
    emit(this, 'ops-calculate', {
      inputs: { ...this.inputs },
      assumptions: { ...assumptions },
      options: result.options.map(({ id, year1, year2, replacement }) => ({ id, year1, year2, replacement })),
      recommendation: { id: result.recommendation.id, title, reason },
    });
  }

  protected renderContent(settings: CostConfig): TemplateResult {
    const { copy } = settings;
    const assumptions = assumptionsOf(settings);
    const { currency, locale } = assumptions;
    const result = estimate(this.inputs, assumptions);
    const { recommendation, options } = result;
    const { title, reason } = recommendationText(recommendation, copy);
    this.lastTitle ??= title;
    const money = (amount: number | null) => (amount === null ? copy.quoted : formatCurrency(amount, currency, locale));
    const picked = 'optionId' in recommendation ? recommendation.optionId : undefined;
    const top = Math.max(...options.flatMap((option) => series.map((key) => option[key] ?? 0)));

    return html`<section class="card" part="card" aria-labelledby=${copy.heading ? 'heading' : nothing}>
      ${copy.heading
        ? html`<p id="heading" class="heading" part="heading" role="heading" aria-level=${settings.headingLevel}>${copy.heading}</p>`
        : nothing}
      ${copy.intro ? html`<p class="intro">${copy.intro}</p>` : nothing}
      <div class="layout">
        <div class="inputs" part="inputs">
          ${numericInputNames.map((name) => this.renderField(name, settings))}
          ${toggleInputNames.map(
            (name) => html`<label class="toggle"><input type="checkbox" part="toggle" .checked=${this.inputs[name]}
              @change=${(event: Event) => this.changeInputs({ [name]: (event.target as HTMLInputElement).checked })} />
              <span>${copy[name]}${symbolOf(name)}</span></label>`,
          )}
        </div>
        <div class="results">
          <div class="recommendation" part="recommendation">
            <p class="title">${title}</p>
            <p>${reason}</p>
            <slot name="cta"></slot>
          </div>
          <figure class="chart" part="chart" aria-hidden="true">
            <svg width="100%" height="${options.length * GROUP_EM}em">
              <defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="s0" width="3" height="6"></rect></pattern></defs>
              ${options.map((option, index) => {
                const y = index * GROUP_EM;
                return svg`<text class=${option.id === picked ? 'name picked' : 'name'} y="${y + 1}em">${copy[option.id]}</text>${series.map((key, row) => {
                    const amount = option[key];
                    const barY = y + 1.4 + row * 1.35;
                    // An unpriced option gets one line of text across its two yearly rows.
                    if (amount === null) return row ? nothing : svg`<text class="quoted" y="${barY + 1.45}em">${copy.quoted}</text>`;
                    const width = top > 0 ? (amount / top) * BAR_MAX_PERCENT : 0;
                    return svg`<rect class="s${row}" y="${barY}em" width="${width}%" height="1em"></rect><text x="${width}%" dx="6" y="${barY + 0.8}em">${money(amount)}</text>`;
                  })}`;
              })}
            </svg>
            <figcaption class="legend">
              ${series.map(
                (key, row) => html`<span><svg width="1.6em" height="1em"><rect class="s${row}" width="100%" height="100%"></rect></svg>${copy[key]}</span>`,
              )}
            </figcaption>
          </figure>
          <div class="scroll"><table part="table">
            <caption>${copy.caption}</caption>
            <thead>
              <tr><td></td>${series.map((key) => html`<th scope="col">${copy[key]}</th>`)}</tr>
            </thead>
            <tbody>
              ${options.map(
                (option) => html`<tr class=${option.id === picked ? 'picked' : ''}>
                  <th scope="row">${copy[option.id]}</th>
                  ${option.priced ? html`<td>${money(option.year1)}</td><td>${money(option.year2)}</td>` : html`<td colspan="2">${copy.quoted}</td>`}
                  <td>${money(option.replacement)}</td>
                </tr>`,
              )}
            </tbody>
          </table></div>
        </div>
      </div>
      <details part="math">
        <summary>${copy.math}</summary>
        <ol>
          ${explainEstimate(this.inputs, assumptions, result, money, copy).map(
            (step) => html`<li>${step.label}<code>${step.formula}</code><code>= ${step.substituted} = ${step.value}</code></li>`,
          )}
        </ol>
        <p class="title">${copy.assumptions}</p>
        <dl>
          ${listAssumptions(assumptions, money).map((item) => html`<div><dt><code>${item.id}</code> ${item.label}</dt><dd>${item.value}</dd></div>`)}
        </dl>
      </details>
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </section>`;
  }

  private renderField(name: NumericInputName, settings: CostConfig): TemplateResult {
    const { copy, currency, locale } = settings;
    const bound = inputBounds[name];
    const draft = this.drafts[name];
    const value = this.inputs[name];
    const show = (amount: number) => (bound.money ? formatCurrency(amount, currency, locale) : formatNumber(amount, locale));
    const message = copy[bound.integer ? 'wholeNumber' : 'number'].replace('{min}', show(bound.min)).replace('{max}', show(bound.max));
    return html`<div class="field">
      <label id="label-${name}" for="field-${name}">${copy[name]}${symbolOf(name)}</label>
      <div class="entry">
        <input id="field-${name}" part="input" type="text" inputmode="decimal" autocomplete="off"
          aria-invalid=${draft?.invalid ? 'true' : 'false'}
          aria-describedby="unit-${name}${draft?.invalid ? ` message-${name}` : ''}"
          .value=${draft?.text ?? formatNumber(value, locale)}
          @input=${(event: Event) => this.onType(name, event)} @change=${() => this.onCommit(name)} />
        <span id="unit-${name}" class="unit">${bound.money ? `${currency} ` : ''}${bound.unit}</span>
      </div>
      ${bound.money
        ? nothing
        : html`<input type="range" part="slider" aria-labelledby="label-${name}" min=${bound.min} max=${bound.max} step=${bound.step}
            .value=${String(value)} @input=${(event: Event) => this.onSlide(name, event)} />`}
      ${draft?.invalid ? html`<p id="message-${name}" class="message" part="message">${message}</p>` : nothing}
    </div>`;
  }
}
