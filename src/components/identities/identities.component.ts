import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { numberAttribute, textAttribute, type AttributeValues } from '../../core/attributes.js';
import { RovingFocusController } from '../../core/controllers/roving-focus.js';
import { OpsElement } from '../../core/ops-element.js';
import { readIdentitiesTable } from './identities-table.js';
import {
  defaultIdentitiesConfig,
  identitiesConfigSchema,
  type IdentitiesConfig,
  type IdentitiesConfigInput,
  type IdentityColumn,
} from './identities.schema.js';
import { identitiesStyles } from './identities.styles.js';

const attributes = {
  highlight: textAttribute('highlight'),
  quizHref: textAttribute('quizHref'),
  calculatorHref: textAttribute('calculatorHref'),
  heading: textAttribute('copy.heading'),
  headingLevel: numberAttribute('headingLevel'),
  /** Id of the column whose tab is selected; follows the reader's choice. */
  selected: textAttribute(),
};

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
 * @attr {number} heading-level - Outline level of the heading, 1 to 6 (default 2).
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
export class OpsIdentities extends OpsElement<IdentitiesConfig, IdentitiesConfigInput> {
  static override styles = [...OpsElement.styles, identitiesStyles];

  static override attributeTable = attributes;

  static override properties: PropertyDeclarations = {
    hasCta: { state: true },
  };

  declare private hasCta: boolean | undefined;

  protected readonly configSchema = identitiesConfigSchema;
  protected override readonly completeDefaults = true;
  private readonly tabFocus = new RovingFocusController(
    this,
    () => [...this.renderRoot.querySelectorAll<HTMLElement>('[role="tab"]')],
    (index) => (this.selected = this.settings!.columns[index]!.id),
  );

  protected defaultConfig(): unknown {
    return defaultIdentitiesConfig;
  }

  protected override lightDomConfig(): unknown {
    const table = this.querySelector<HTMLTableElement>(':scope > table');
    if (!table) return undefined;
    const fromTable = readIdentitiesTable(table);
    // The default highlight only applies if the page's table has a column with that id.
    const keepsHighlight =
      !fromTable.columns || fromTable.columns.some((column) => column.id === defaultIdentitiesConfig.highlight);
    return keepsHighlight ? fromTable : { ...fromTable, highlight: '' };
  }

  protected renderContent({ columns, rows, highlight, copy, ...settings }: IdentitiesConfig): TemplateResult {
    const selected = Math.max(
      0,
      columns.findIndex((column) => column.id === this.selected),
    );
    const mark = (column: IdentityColumn) => (column.id === highlight ? 'highlight' : '');
    // The label is part of the header and the tab, so screen readers announce it with the name.
    const name = (column: IdentityColumn) =>
      html`${column.name}${
        mark(column) && copy.highlightLabel
          ? html` <span class="badge" part="highlight-label">${copy.highlightLabel}</span>`
          : nothing
      }`;
    const links = [
      [settings.quizHref, copy.quizLink],
      [settings.calculatorHref, copy.calculatorLink],
    ].filter(([href, label]) => href && label);
    return html`<div class="frame">
      <section class="card" part="base">
        <header ?hidden=${!copy.heading && !copy.intro}>
          <p id="heading" class="heading" part="heading" role="heading" aria-level=${settings.headingLevel} ?hidden=${!copy.heading}>${copy.heading}</p>
          <p class="intro" part="intro" ?hidden=${!copy.intro}>${copy.intro}</p>
        </header>
        <div class="wide">
          <table part="table">
            <caption class="visually-hidden" ?hidden=${!copy.caption}>${copy.caption}</caption>
            <thead>
              <tr>
                <td></td>
                ${columns.map((column) => html`<th scope="col" class=${mark(column)}>${name(column)}</th>`)}
              </tr>
            </thead>
            <tbody>
              ${rows.map(
                (row) => html`<tr>
                  <th scope="row">${row.label}</th>
                  ${columns.map((column) => html`<td class=${mark(column)}>${row.cells[column.id]}</td>`)}
                </tr>`,
              )}
            </tbody>
          </table>
        </div>
        <div class="narrow">
          <div role="tablist" part="tablist" aria-label=${copy.tabsLabel || nothing}
            @keydown=${this.tabFocus.keydown}>
            ${columns.map(
              (column, index) => html`<button type="button" role="tab" part="tab" id="tab-${index}" aria-controls="panel-${index}"
                class=${mark(column)} aria-selected=${index === selected} tabindex=${index === selected ? 0 : -1}
                @click=${() => this.tabFocus.moveTo(index)}>${name(column)}</button>`,
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
        </div>
        <div class="actions" part="actions" ?hidden=${!links.length && !this.hasCta}>
          ${links.map(([href, label]) => html`<a part="link" href=${href}>${label}</a>`)}
          <slot name="cta" @slotchange=${(event: Event) => (this.hasCta = (event.target as HTMLSlotElement).assignedElements().length > 0)}></slot>
        </div>
      </section>
    </div>`;
  }
}

// The attribute properties are declared by the table; this gives them their types.
export interface OpsIdentities extends AttributeValues<typeof attributes> {}
