import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { afterNextPaint } from '../../core/after-paint.js';
import { numberAttribute, textAttribute, type AttributeValues } from '../../core/attributes.js';
import { ClipboardController } from '../../core/controllers/clipboard.js';
import { SettleController } from '../../core/controllers/settle.js';
import { UrlStateController } from '../../core/controllers/url-state.js';
import { emit } from '../../core/events.js';
import { controlStyles } from '../../core/controls.js';
import { OpsElement } from '../../core/ops-element.js';
import type { CalculateDetail } from '../../events/calculate.js';
import { costChart } from './cost-chart.js';
import { describeEstimate, explainEstimate, listValues, type Described, type Formats } from './cost-explanation.js';
import { copyButtons, inWholeUnits, type ExportedNumbers } from './cost-export.js';
import { costField, costToggle } from './cost-field.js';
import { estimate, type CostAssumptions, type CostInputs } from './cost-model.js';
import { costTable } from './cost-table.js';
import { decodeInputs, defaultUrlPrefix, encodeInputs } from './cost-url.js';
import {
  costConfigSchema,
  defaultCostConfig,
  inputBounds,
  inputGroups,
  type CostConfig,
  type CostConfigInput,
  type NumericInputName,
  type ToggleInputName,
} from './replacement-cost.schema.js';
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

const state = {
  inputs: { state: true },
  drafts: { state: true },
  announcement: { state: true },
  mathInputs: { state: true },
};

/** Fields the reader is editing: their text exactly as typed, whether or not it is usable. */
type Drafts = Partial<Record<NumericInputName, string>>;

interface Shown extends Described {
  assumptions: CostAssumptions;
  detail: CalculateDetail;
}

/**
 * What it costs per year to run AI pipelines in-house, with a vendor, a consultant or
 * an Operations Partner, and what it would cost to replace each if it ended tomorrow.
 * The reader edits the inputs; the site owner's assumptions come from config. Every
 * figure is shown as a chart and a table, and explained in sentences with the reader's values.
 *
 * Config (JSON child or `config` property): the assumptions at the top level
 * (`currency`, `locale`, `partnerFee`, `partnerOpsPerPipeline`, `rotation`, …), `inputs`
 * for where the reader starts, `copy` for every string, `headingLevel`, `urlPlace`.
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
 *   They go in the fragment (never sent to a server) unless config `urlPlace` is `query`.
 * @attr theme - `light` (default), `dark` or `auto`.
 *
 * @event ops-calculate - The reader changed an input and the result settled. `detail: { inputs, assumptions, options, recommendation }`, amounts in whole currency units.
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
 * @csspart changes - What would change the answer.
 * @csspart copy - The "Copy the numbers" buttons.
 * @csspart chart - The bar chart and its legend.
 * @csspart table - The table of the same figures; labelled lines per option when narrow.
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
  static override styles = [...OpsElement.styles, controlStyles, costStyles];

  static override attributeTable = attributes;

  static override properties: PropertyDeclarations = state;

  /** The last valid inputs: what every figure on screen is computed from. */
  declare private inputs: CostInputs;
  declare private drafts: Drafts;
  /** Text of the polite live region; empty until the recommendation changes. */
  declare private announcement: string;
  /**
   * The inputs "How this is calculated" shows. While it is closed it is brought up to date
   * after first paint, when the reader pauses and before printing, so typing and start-up
   * do not pay for sentences nobody sees; while open, or on the server, it follows every change.
   */
  declare private mathInputs: CostInputs | undefined;

  protected readonly configSchema = costConfigSchema;
  protected override readonly completeDefaults = true;
  /** Once the reader has changed something, new config no longer resets the inputs. */
  private touched = false;
  private readonly settle = new SettleController(this, () => this.settled());
  private readonly url = new UrlStateController(this);
  private readonly clipboard = new ClipboardController(this);
  /** What is on screen, computed before each render; `ops-calculate` reports exactly that. */
  private shown: Shown | undefined;
  /** The recommendation the reader last saw settle, so only a change is announced. */
  private settledTitle: string | undefined;
  private math: [CostInputs, TemplateResult] | undefined;
  /** The text last offered to copy by hand, selected once when it appeared. */
  private selectedText = '';

  constructor() {
    super();
    this.inputs = { ...defaultCostConfig.inputs };
    this.drafts = {};
    this.announcement = '';
  }

  /** A copy each time, so the panel is made again for new settings with the same inputs. */
  private readonly catchUpMath = (): void => {
    this.mathInputs = { ...this.inputs };
  };

  override connectedCallback(): void {
    super.connectedCallback();
    if (isServer) return;
    addEventListener('beforeprint', this.catchUpMath);
    // After the first paint, in a task of its own; nothing for an element removed by then.
    void afterNextPaint().then(() => this.isConnected && !this.mathInputs && this.catchUpMath());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.catchUpMath);
  }

  protected defaultConfig(): unknown {
    return defaultCostConfig;
  }

  private get urlPrefix(): string | undefined {
    return this.syncUrl == null ? undefined : this.syncUrl || defaultUrlPrefix;
  }

  protected override settingsChanged(settings: CostConfig): void {
    this.url.place = settings.urlPlace;
    if (!this.touched) {
      const prefix = this.urlPrefix;
      // Without sync-url nothing is read; anything unusable in the URL keeps the configured start.
      // The URL is the browser's to know: it is read after hydration, not during it.
      this.inputs = prefix && !this.matchingServer ? decodeInputs(this.url.read(), prefix, settings.inputs) : settings.inputs;
      this.drafts = {};
    }
    if (this.mathInputs) this.catchUpMath();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const settings = this.settings;
    if (!settings) return;
    const { copy, inputs: _start, headingLevel: _level, urlPlace: _place, ...configured } = settings;
    // The reader's locale is unknown to the server; a fixed one keeps the hydrating render equal to it.
    const assumptions = this.matchingServer && !configured.locale ? { ...configured, locale: 'en-US' } : configured;
    const described = describeEstimate(this.inputs, assumptions, copy);
    if (this.matchingServer || this.renderRoot.querySelector('details')?.open) this.catchUpMath();
    const { estimate: result, text } = described;
    this.settledTitle ??= text.title;
    this.shown = {
      ...described,
      assumptions,
      detail: {
        inputs: { ...this.inputs },
        assumptions,
        options: inWholeUnits(result.options),
        recommendation: { id: result.recommendation.id, ...text },
      },
    };
  }

  /** Keeps what the reader typed and, when they changed a usable value, the new inputs. */
  private edit(drafts: Drafts, change?: Partial<CostInputs>): void {
    this.drafts = drafts;
    if (change) {
      this.inputs = { ...this.inputs, ...change };
      this.touched = true;
      this.settle.schedule();
    }
  }

  /** Runs once the reader pauses: shares the result, announces a new recommendation. */
  private settled(): void {
    const { detail } = this.shown!;
    const { title } = detail.recommendation;
    if (title !== this.settledTitle) this.announcement = title;
    this.settledTitle = title;
    const prefix = this.urlPrefix;
    if (prefix) this.url.write((params) => encodeInputs(this.inputs, prefix, params));
    this.catchUpMath();
    emit(this, 'ops-calculate', detail);
  }

  private exported(): ExportedNumbers {
    const { estimate: result, assumptions, formats, text, changes } = this.shown!;
    const values = listValues(this.inputs, this.settings!.inputs, assumptions, formats);
    return { recommendation: text, changes, options: result.options, values, years: assumptions.horizonYears };
  }

  protected renderContent(settings: CostConfig): TemplateResult {
    const { copy } = settings;
    const { estimate: result, assumptions, formats, text, changes } = this.shown!;
    const { money } = formats;
    const rec = result.recommendation;
    const pickedId = 'optionId' in rec ? rec.optionId : undefined;

    return html`<section class="card" part="card">
      ${copy.heading ? html`<p id="heading" part="heading" role="heading" aria-level=${settings.headingLevel}>${copy.heading}</p>` : nothing}
      ${copy.intro ? html`<p class="intro">${copy.intro}</p>` : nothing}
      <div class="layout">
        <div part="inputs">${inputGroups.map(
          ([group, names]) =>
            html`<fieldset><legend>${copy[group]}</legend>${names.map((name) =>
              name in inputBounds
                ? this.renderField(name as NumericInputName, settings, formats)
                : costToggle(copy[name], this.inputs[name as ToggleInputName], (checked) =>
                    this.edit(this.drafts, { [name]: checked }),
                  ),
            )}</fieldset>`,
        )}</div>
        <div class="results">
          <div part="recommendation"><p class="title">${text.title}</p><p>${text.reason}</p>${
            changes.length
              ? html`<div part="changes"><p class="subtitle">${copy.whatIf}</p><ul>${changes.map((line) => html`<li>${line}</li>`)}</ul></div>`
              : nothing
          }<slot name="cta"></slot></div>
          ${costChart(result.options, copy, money, pickedId)}
          ${costTable(result.options, copy, money, pickedId, assumptions.horizonYears)}
          ${copyButtons(this.clipboard, formats, () => this.exported())}
        </div>
      </div>
      <details part="math" @toggle=${this.catchUpMath}>
        <summary>${copy.math}</summary>
        ${this.renderMath(settings)}
      </details>
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </section>`;
  }

  /** The steps and values of "How this is calculated", for `mathInputs`; made again only when those change. */
  private renderMath(settings: CostConfig): TemplateResult | typeof nothing {
    const inputs = this.mathInputs;
    if (!inputs) return nothing;
    if (this.math?.[0] === inputs) return this.math[1];
    const { assumptions, formats } = this.shown!;
    const template = html`<ol>${explainEstimate(inputs, assumptions, estimate(inputs, assumptions), formats).map((sentence) => html`<li>${sentence}</li>`)}</ol>
      <p class="subtitle">${settings.copy.assumptions}</p>
      <dl>${listValues(inputs, settings.inputs, assumptions, formats).map(
        ({ label, value, setBy }) => html`<div><dt>${label}</dt><dd>${value} <span class="by">(${setBy})</span></dd></div>`,
      )}</dl>`;
    this.math = [inputs, template];
    return template;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The manual fallback: select the text, then try the older copy command, once per text.
    const manual = this.renderRoot.querySelector<HTMLTextAreaElement>('.manual textarea');
    if (!manual) this.selectedText = '';
    else if (manual.value !== this.selectedText) {
      this.selectedText = manual.value;
      manual.focus();
      manual.select();
      this.clipboard.tryCopyCommand();
    }
  }

  private renderField(name: NumericInputName, { copy, currency, locale }: CostConfig, { money, num }: Formats) {
    const edit = (draft: string | undefined, value?: number) =>
      this.edit({ ...this.drafts, [name]: draft }, value === undefined ? undefined : { [name]: value });
    return costField({ name, copy, currency, locale, value: this.inputs[name], draft: this.drafts[name], money, num, edit });
  }
}

// The attribute properties are declared by the table; this gives them their types.
export interface OpsReplacementCost extends AttributeValues<typeof attributes> {}
