import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { mergeConfig } from '../../core/config.js';
import { OpsElement } from '../../core/ops-element.js';
import { readIdentitiesTable } from './identities-table.js';
import { defaultIdentitiesConfig, identitiesConfigSchema, type IdentitiesConfig, type IdentityColumn } from './identities.schema.js';
import { identitiesStyles } from './identities.styles.js';

const TAB_KEYS = ['ArrowLeft', 'ArrowRight', 'Home', 'End'];

/**
 * Compares the three identities a software-side AI relationship can take (vendor,
 * consultant, Operations Partner) point by point. Wide, it is a table; narrow (by
 * its own width, not the viewport's) it becomes tabs, one identity per tab.
 *
 * A plain `<table>` child is shown before the script runs and, once it runs, becomes
 * the content: header cells after the first name the columns (`data-id` sets a
 * column's id), each body row is a label cell followed by one cell per column.
 * Content comes from, later winning: defaults, that table, a
 * `<script type="application/json">` child, the `config` property, attributes.
 *
 * @summary Vendor, consultant or Operations Partner, compared point by point.
 * @tag ops-identities
 *
 * @attr highlight - Id of the column to mark with a visible label and border (default `partner`; empty for none).
 * @attr quiz-href - Link to the vendor quiz; http(s) or relative only.
 * @attr calculator-href - Link to the replacement-cost calculator; http(s) or relative only.
 * @attr heading - Replace the heading text.
 * @attr heading-level - Outline level of the heading, 1 to 6 (default 2).
 * @attr selected - Id of the column shown first in the narrow (tabs) layout.
 * @attr theme - `light` (default), `dark` or `auto`.
 *
 * @event ops-error - The configuration is invalid. `detail: { element, source, message, problems }`.
 *
 * @slot cta - A call to action under the comparison, such as `<ops-booking-cta>`.
 *
 * @csspart base - The box around everything.
 * @csspart heading - The heading.
 * @csspart intro - The text under the heading.
 * @csspart table - The comparison table (wide layout).
 * @csspart tablist - The row of tabs (narrow layout).
 * @csspart tab - Each tab.
 * @csspart tabpanel - Each tab's panel.
 * @csspart highlight-label - The label on the highlighted column.
 * @csspart actions - The links and the call-to-action slot.
 * @csspart link - The quiz and calculator links.
 * @csspart error - The configuration error message.
 *
 * @cssprop --ops-accent - Highlight and link colour.
 * @cssprop --ops-accent-fg - Text colour on the highlight label.
 * @cssprop --ops-fg - Text colour.
 * @cssprop --ops-bg - Background colour.
 * @cssprop --ops-surface - Background of the highlighted column and inactive tabs.
 * @cssprop --ops-muted - Row label and intro colour.
 * @cssprop --ops-border - Border colour.
 * @cssprop --ops-radius - Corner radius.
 * @cssprop --ops-gap - Space between parts.
 * @cssprop --ops-font - Font family (inherits the page's by default).
 */
export class OpsIdentities extends OpsElement<IdentitiesConfig> {
  static override styles = [...OpsElement.styles, identitiesStyles];

  static override properties: PropertyDeclarations = {
    highlight: {},
    quizHref: { attribute: 'quiz-href' },
    calculatorHref: { attribute: 'calculator-href' },
    heading: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    selected: {},
    hasCta: { state: true },
  };

  protected static override configProperties = ['highlight', 'quizHref', 'calculatorHref', 'heading', 'headingLevel'];

  declare highlight: string | undefined;
  declare quizHref: string | undefined;
  declare calculatorHref: string | undefined;
  declare heading: string | undefined;
  declare headingLevel: number | undefined;
  /** Id of the column whose tab is selected; follows the reader's choice. */
  declare selected: string | undefined;
  declare private hasCta: boolean;

  protected readonly configSchema = identitiesConfigSchema;

  constructor() {
    super();
    this.hasCta = false;
  }

  protected defaultConfig(): unknown {
    const table = this.querySelector(':scope > table');
    if (!(table instanceof HTMLTableElement)) return defaultIdentitiesConfig;
    const fromTable = readIdentitiesTable(table);
    // The default highlight only applies if the page's table has a column with that id.
    const keepsHighlight = !fromTable.columns || fromTable.columns.some((column) => column.id === defaultIdentitiesConfig.highlight);
    return mergeConfig(defaultIdentitiesConfig, fromTable, keepsHighlight ? undefined : { highlight: '' });
  }

  protected override attributeConfig(): Record<string, unknown> {
    return {
      highlight: this.highlight,
      quizHref: this.quizHref,
      calculatorHref: this.calculatorHref,
      headingLevel: this.headingLevel,
      copy: { heading: this.heading },
    };
  }

  private selectedIndex(columns: IdentityColumn[]): number {
    return Math.max(0, columns.findIndex((column) => column.id === this.selected));
  }

  private async selectTab(columns: IdentityColumn[], index: number): Promise<void> {
    this.selected = columns[index]?.id;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#tab-${index}`)?.focus();
  }

  private onTabKeydown(event: KeyboardEvent, columns: IdentityColumn[]): void {
    if (!TAB_KEYS.includes(event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const last = columns.length - 1;
    const current = this.selectedIndex(columns);
    const rtl = getComputedStyle(event.currentTarget as Element).direction === 'rtl';
    const forward = (event.key === 'ArrowRight') !== rtl;
    let next = forward ? (current === last ? 0 : current + 1) : current === 0 ? last : current - 1;
    if (event.key === 'Home') next = 0;
    if (event.key === 'End') next = last;
    void this.selectTab(columns, next);
  }

  private onCtaSlotChange(event: Event): void {
    this.hasCta = (event.target as HTMLSlotElement).assignedElements().length > 0;
  }

  protected renderContent(settings: IdentitiesConfig): TemplateResult {
    const { copy } = settings;
    return html`<div class="frame">
      <section class="card" part="base" aria-labelledby=${copy.heading ? 'heading' : nothing}>
        ${copy.heading || copy.intro
          ? html`<header>
              ${copy.heading
                ? html`<p id="heading" class="heading" part="heading" role="heading" aria-level=${settings.headingLevel}>${copy.heading}</p>`
                : nothing}
              ${copy.intro ? html`<p class="intro" part="intro">${copy.intro}</p>` : nothing}
            </header>`
          : nothing}
        ${this.renderTable(settings)} ${this.renderTabs(settings)} ${this.renderActions(settings)}
      </section>
    </div>`;
  }

  private renderBadge(settings: IdentitiesConfig, column: IdentityColumn): TemplateResult | typeof nothing {
    return column.id === settings.highlight && settings.copy.highlightLabel
      ? html` <span class="badge" part="highlight-label">${settings.copy.highlightLabel}</span>`
      : nothing;
  }

  private highlightClass(settings: IdentitiesConfig, column: IdentityColumn): string {
    return column.id === settings.highlight ? 'highlight' : '';
  }

  private renderTable(settings: IdentitiesConfig): TemplateResult {
    const { columns, rows } = settings;
    return html`<div class="wide">
      <table part="table">
        ${settings.copy.caption ? html`<caption class="visually-hidden">${settings.copy.caption}</caption>` : nothing}
        <thead>
          <tr>
            <td></td>
            ${columns.map(
              (column) => html`<th scope="col" class=${this.highlightClass(settings, column)}>${column.name}${this.renderBadge(settings, column)}</th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) => html`<tr>
              <th scope="row">${row.label}</th>
              ${columns.map((column) => html`<td class=${this.highlightClass(settings, column)}>${row.cells[column.id]}</td>`)}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderTabs(settings: IdentitiesConfig): TemplateResult {
    const { columns, rows } = settings;
    const selected = this.selectedIndex(columns);
    return html`<div class="narrow">
      <div role="tablist" part="tablist" aria-label=${settings.copy.tabsLabel || nothing}
        @keydown=${(event: KeyboardEvent) => this.onTabKeydown(event, columns)}>
        ${columns.map(
          (column, index) => html`<button type="button" role="tab" part="tab" id="tab-${index}" aria-controls="panel-${index}"
            class=${this.highlightClass(settings, column)} aria-selected=${index === selected ? 'true' : 'false'}
            tabindex=${index === selected ? 0 : -1} @click=${() => this.selectTab(columns, index)}>
            ${column.name}${this.renderBadge(settings, column)}
          </button>`,
        )}
      </div>
      ${columns.map(
        (column, index) => html`<div role="tabpanel" part="tabpanel" id="panel-${index}" aria-labelledby="tab-${index}"
          tabindex="0" ?hidden=${index !== selected}>
          <dl>
            ${rows.map((row) => html`<dt>${row.label}</dt><dd>${row.cells[column.id]}</dd>`)}
          </dl>
        </div>`,
      )}
    </div>`;
  }

  private renderActions(settings: IdentitiesConfig): TemplateResult {
    const { copy } = settings;
    const links = [
      [settings.quizHref, copy.quizLink],
      [settings.calculatorHref, copy.calculatorLink],
    ].filter(([href, label]) => href && label);
    return html`<div class="actions" part="actions" ?hidden=${!links.length && !this.hasCta}>
      ${links.map(([href, label]) => html`<a part="link" href=${href}>${label}</a>`)}
      <slot name="cta" @slotchange=${this.onCtaSlotChange}></slot>
    </div>`;
  }
}
