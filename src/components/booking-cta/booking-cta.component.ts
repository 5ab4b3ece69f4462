import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { afterNextPaint } from '../../core/after-paint.js';
import { flagAttribute, numberAttribute, textAttribute, type AttributeValues } from '../../core/attributes.js';
import { FramedPageController } from '../../core/controllers/framed-page.js';
import { NearViewportController } from '../../core/controllers/near-viewport.js';
import { emit } from '../../core/events.js';
import { OpsElement } from '../../core/ops-element.js';
import { bookingConfigSchema, defaultBookingConfig, type BookingConfig, type BookingConfigInput } from './booking-cta.schema.js';
import { bookingStyles } from './booking-cta.styles.js';
import { buildBookingUrl, contextSummary, joinNotes, readScheduledMessage, resolveScheduler } from './booking-url.js';
import { PageContextController } from './page-context.js';
import { inlineView, popupView, type SchedulerView } from './scheduler-views.js';

const attributes = {
  href: textAttribute('href'),
  mode: textAttribute<BookingConfig['mode']>('mode'),
  scheduler: textAttribute<BookingConfig['scheduler']>('scheduler'),
  variant: textAttribute<BookingConfig['variant']>('variant'),
  newTab: flagAttribute('newTab'),
  height: numberAttribute('height'),
  headingLevel: numberAttribute('headingLevel'),
  noUtm: flagAttribute('utm', true),
  noContext: flagAttribute('context', true),
  name: textAttribute('prefill.name'),
  email: textAttribute('prefill.email'),
  notes: textAttribute('prefill.notes'),
  heading: textAttribute('copy.heading'),
  buttonLabel: textAttribute('copy.button'),
};

/**
 * A "book a discovery call" call-to-action that works with any https scheduler
 * (Cal.com, Calendly or another). `link` opens the scheduler and `popup` frames it in
 * a modal dialog, both only on the reader's click; `inline` frames it when it scrolls
 * near, without the reader's quiz or calculator results until the reader adds them.
 *
 * @summary Book a 30-minute discovery call, scheduler-agnostic, carrying quiz and calculator results.
 * @tag ops-booking-cta
 *
 * @attr href - The scheduler's https URL. A light-DOM `<a href>` child is used when absent.
 * @attr {'link' | 'popup' | 'inline'} mode - `link` (default), `popup` or `inline`.
 * @attr {'auto' | 'calcom' | 'calendly' | 'other'} scheduler - `auto` (default, from the URL), `calcom`, `calendly` or `other`.
 * @attr {'card' | 'button'} variant - `card` (default: heading, copy and button) or `button` (the button alone).
 * @attr {boolean} new-tab - In link mode, open the scheduler in a new tab.
 * @attr {number} height - Height of the inline scheduler in pixels (default 720).
 * @attr {number} heading-level - Outline level of the heading, 1 to 6 (default 2).
 * @attr {boolean} no-utm - Do not pass the page's utm_* parameters to the scheduler.
 * @attr {boolean} no-context - Do not add quiz or calculator results to the booking notes.
 * @attr name - Prefill the reader's name.
 * @attr email - Prefill the reader's email.
 * @attr notes - Prefill the booking notes.
 * @attr heading - Replace the heading text.
 * @attr button-label - Replace the button text.
 * @attr theme - `light` (default), `dark` or `auto`.
 *
 * @event ops-booking-open - The reader opened the scheduler. `detail: { mode, url }`.
 * @event ops-booking-scheduled - A framed Cal.com or Calendly scheduler confirmed a booking. `detail: { scheduler, url, data }`.
 * @event ops-error - The configuration is invalid. `detail: { element, source, message, problems }`.
 *
 * @csspart card - The card around the call-to-action.
 * @csspart heading - The heading.
 * @csspart button - The main button or link.
 * @csspart context - The list of results added to the booking notes.
 * @csspart dialog - The popup dialog.
 * @csspart close - The dialog's close button.
 * @csspart frame - The scheduler iframe.
 * @csspart error - The configuration error message.
 *
 * @cssprop --ops-accent - Button and link colour.
 * @cssprop --ops-accent-fg - Text colour on the button.
 * @cssprop --ops-fg - Text colour.
 * @cssprop --ops-bg - Background colour.
 * @cssprop --ops-muted - Secondary text colour.
 * @cssprop --ops-border - Border colour.
 * @cssprop --ops-radius - Corner radius.
 * @cssprop --ops-font - Font family (inherits the page's by default).
 */
export class OpsBookingCta extends OpsElement<BookingConfig, BookingConfigInput> {
  static override styles = [...OpsElement.styles, bookingStyles];

  static override attributeTable = attributes;

  static override properties: PropertyDeclarations = {
    contextIncluded: { state: true },
    scheduled: { state: true },
  };

  /** The reader's choice about adding their results; unset, results go along except in inline mode. */
  declare private contextIncluded: boolean | undefined;
  declare private scheduled: boolean;

  protected readonly configSchema = bookingConfigSchema;
  private readonly pageContext = new PageContextController(this);
  private readonly frame = new FramedPageController(
    this,
    () => this.renderRoot.querySelector('iframe'),
    (data, url) => this.onSchedulerMessage(data, url),
  );
  private readonly near = new NearViewportController(this, () => this.openFrame());

  constructor() {
    super();
    this.scheduled = false;
  }

  protected defaultConfig(): unknown {
    return defaultBookingConfig;
  }

  protected override lightDomConfig(): unknown {
    // The light-DOM link is what readers see without JavaScript; it seeds the element.
    const link = this.querySelector(':scope > a[href]');
    const label = link?.textContent?.trim();
    return link ? { href: link.getAttribute('href'), copy: label ? { button: label } : undefined } : undefined;
  }

  /**
   * Result lines the reader produced on this page, whether or not they go to the scheduler.
   * Only the card shows them (with "Leave this out"), so the button variant never sends any:
   * nothing the reader did leaves the page without their seeing it.
   */
  private contextLines(settings: BookingConfig): string[] {
    return settings.context && settings.variant === 'card' ? contextSummary(this.pageContext.value) : [];
  }

  private includesContext(settings: BookingConfig): boolean {
    return this.contextIncluded ?? settings.mode !== 'inline';
  }

  /** The scheduler URL with prefill and, if the reader lets it, their results; for a new tab or a frame. */
  private bookingUrl(settings: BookingConfig, framed: boolean): string {
    const mode = settings.mode === 'link' ? 'inline' : settings.mode;
    const lines = this.includesContext(settings) ? this.contextLines(settings) : [];
    return (
      buildBookingUrl({
        href: settings.href,
        scheduler: settings.scheduler,
        prefill: { ...settings.prefill, notes: joinNotes(settings.prefill.notes, lines) },
        // The page's utm_* parameters are the browser's to know: they join after hydration.
        pageSearch: settings.utm && !this.matchingServer ? location.search : undefined,
        embed: framed ? { mode, hostname: location.hostname } : undefined,
      }) ?? settings.href
    );
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  /**
   * Opens the popup scheduler, creating its frame the first time. The dialog opens at once
   * with its loading line; the frame is created after that has painted, because creating
   * it (and starting its navigation) would otherwise hold the click's response back.
   */
  async open(): Promise<void> {
    // Called right after the element was added, its configuration is read in the first update.
    if (!this.hasUpdated) await this.updateComplete;
    if (this.settings?.mode !== 'popup') return;
    const dialog = this.dialog;
    if (dialog && !dialog.open) dialog.showModal();
    if (!this.frame.url) {
      await afterNextPaint();
      // A reader who closed the dialog meanwhile has not asked for the scheduler any more.
      if (this.dialog?.open && this.settings?.mode === 'popup' && !this.frame.url) this.openFrame();
    }
    await this.updateComplete;
  }

  close(): void {
    this.dialog?.close();
  }

  private openFrame(): void {
    const settings = this.settings!;
    const url = this.bookingUrl(settings, true);
    this.frame.open(url);
    emit(this, 'ops-booking-open', { mode: settings.mode, url });
  }

  private includeContext(included: boolean): void {
    this.contextIncluded = included;
    // Only the reader's own choice reloads an open scheduler, so it always matches what they chose.
    if (this.frame.url) void this.frame.reload(this.bookingUrl(this.settings!, true));
  }

  private onDialogClose = (): void => {
    this.renderRoot.querySelector<HTMLElement>('[part~="button"]')?.focus();
  };

  private onLinkClick = (event: MouseEvent): void => {
    if (this.settings)
      emit(this, 'ops-booking-open', { mode: this.settings.mode, url: (event.currentTarget as HTMLAnchorElement).href });
  };

  private onSchedulerMessage(data: unknown, url: string): void {
    const message = this.settings && readScheduledMessage(resolveScheduler(new URL(url), this.settings.scheduler), data);
    if (!message) return;
    this.scheduled = true;
    emit(this, 'ops-booking-scheduled', { scheduler: message.scheduler, url, data: message.data });
  }

  protected override updated(): void {
    const area = this.renderRoot.querySelector<HTMLElement>('.inline');
    // Set through the CSS object model: a style attribute would break under a strict CSP.
    if (area) area.style.height = `${this.settings!.height}px`;
    if (area && !this.frame.url) this.near.watch(area);
    else this.near.stop();
  }

  protected renderContent(settings: BookingConfig): TemplateResult {
    const action = this.renderAction(settings);
    const status = html`<p class="status" role="status">${this.scheduled ? settings.copy.scheduled : nothing}</p>`;
    if (settings.variant === 'button') return html`${action}${status}`;
    const { copy } = settings;
    const lines = this.contextLines(settings);
    const included = this.includesContext(settings);
    return html`<section class="card" part="card"><div class=${settings.mode === 'inline' ? '' : 'side-by-side'}>
      <div class="text">
        <p id="heading" class="heading" part="heading" role="heading" aria-level=${settings.headingLevel}>${copy.heading}</p>
        ${copy.tagline ? html`<p class="tagline">${copy.tagline}</p>` : nothing}
        ${copy.body ? html`<p class="body">${copy.body}</p>` : nothing}
        ${
          lines.length
            ? html`<div class="context" part="context">
              <p>${included ? copy.contextIntro : copy.contextOffer}</p>
              <ul>${lines.map((line) => html`<li>${line}</li>`)}</ul>
              <button type="button" class="text-button" @click=${() => this.includeContext(!included)}>
                ${included ? copy.contextRemove : copy.contextAdd}
              </button>
            </div>`
            : nothing
        }
      </div>
      ${action} ${status}
    </div></section>`;
  }

  private renderAction(settings: BookingConfig): TemplateResult {
    const { copy } = settings;
    const view: SchedulerView = { copy, frame: this.frame, newTabUrl: this.bookingUrl(settings, false) };
    if (settings.mode === 'inline') return inlineView(view);
    if (settings.mode === 'popup')
      return popupView(
        view,
        () => void this.open(),
        () => this.close(),
        this.onDialogClose,
      );
    return html`<div class="actions">
      <a class="button" part="button" href=${view.newTabUrl} target=${settings.newTab ? '_blank' : nothing}
        rel="noopener" @click=${this.onLinkClick}>${copy.button}${
          settings.newTab ? html`<span class="visually-hidden"> ${copy.opensInNewTab}</span>` : nothing
        }</a>
    </div>`;
  }
}

// The attribute properties are declared by the table; this gives them their types.
export interface OpsBookingCta extends AttributeValues<typeof attributes> {}
