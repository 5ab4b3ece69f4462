import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { attributeProperties, flagAttribute, numberAttribute, textAttribute, type AttributeValues } from '../../core/attributes.js';
import { emit } from '../../core/events.js';
import { OpsElement } from '../../core/ops-element.js';
import { bookingConfigSchema, defaultBookingConfig, type BookingConfig, type BookingConfigInput } from './booking-cta.schema.js';
import { bookingStyles } from './booking-cta.styles.js';
import { buildBookingUrl, contextSummary, joinNotes, readScheduledMessage, resolveScheduler } from './booking-url.js';
import { PageContextController } from './page-context.js';

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
 * (Cal.com, Calendly or another). Nothing is loaded from the scheduler until the
 * reader asks for it: `link` opens it, `popup` frames it in a modal dialog on click,
 * `inline` frames it when it scrolls near.
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
    ...attributeProperties(attributes),
    contextDismissed: { state: true },
    frameRequested: { state: true },
    frameLoaded: { state: true },
    scheduled: { state: true },
  };

  declare private contextDismissed: boolean;
  declare private frameRequested: boolean;
  declare private frameLoaded: boolean;
  declare private scheduled: boolean;

  protected readonly configSchema = bookingConfigSchema;
  /** The framed URL is fixed when the frame is first created, so later context changes do not reload it. */
  private frameUrl: string | null = null;
  private readonly pageContext = new PageContextController(this);
  private nearObserver: IntersectionObserver | undefined;

  constructor() {
    super();
    this.contextDismissed = false;
    this.frameRequested = false;
    this.frameLoaded = false;
    this.scheduled = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('message', this.onMessage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('message', this.onMessage);
    this.nearObserver?.disconnect();
    this.nearObserver = undefined;
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

  /** Result lines that will be added to the booking notes. */
  private contextLines(settings: BookingConfig): string[] {
    return settings.context && !this.contextDismissed ? contextSummary(this.pageContext.value) : [];
  }

  /** The scheduler URL with prefill and context, for a new tab or a frame. */
  private bookingUrl(settings: BookingConfig, framed: boolean): string {
    const mode = settings.mode === 'link' ? 'inline' : settings.mode;
    return (
      buildBookingUrl({
        href: settings.href,
        scheduler: settings.scheduler,
        prefill: { ...settings.prefill, notes: joinNotes(settings.prefill.notes, this.contextLines(settings)) },
        // The page's utm_* parameters are the browser's to know: they join after hydration.
        pageSearch: settings.utm && !this.matchingServer ? location.search : undefined,
        embed: framed ? { mode, hostname: location.hostname } : undefined,
      }) ?? settings.href
    );
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  private get frame(): HTMLIFrameElement | null {
    return this.renderRoot.querySelector('iframe');
  }

  /** Opens the popup scheduler, creating its frame the first time. */
  async open(): Promise<void> {
    const settings = this.settings;
    if (!settings || settings.mode !== 'popup') return;
    this.requestFrame(settings);
    await this.updateComplete;
    const dialog = this.dialog;
    if (dialog && !dialog.open) dialog.showModal();
  }

  close(): void {
    this.dialog?.close();
  }

  private requestFrame(settings: BookingConfig): void {
    if (this.frameRequested) return;
    this.frameUrl = this.bookingUrl(settings, true);
    this.frameRequested = true;
    emit(this, 'ops-booking-open', { mode: settings.mode, url: this.frameUrl });
  }

  private onDialogClose = (): void => {
    this.renderRoot.querySelector<HTMLElement>('[part~="button"]')?.focus();
  };

  private onDialogClick = (event: MouseEvent): void => {
    // A click on the backdrop lands on the dialog element itself.
    if (event.target === event.currentTarget) this.close();
  };

  private onLinkClick = (event: MouseEvent): void => {
    const settings = this.settings;
    if (!settings) return;
    if (settings.mode === 'popup' && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      event.preventDefault();
      void this.open();
      return;
    }
    emit(this, 'ops-booking-open', { mode: settings.mode, url: (event.currentTarget as HTMLAnchorElement).href });
  };

  private onMessage = (event: MessageEvent): void => {
    const frame = this.frame;
    if (!frame || !this.frameUrl || event.source !== frame.contentWindow) return;
    if (event.origin !== new URL(this.frameUrl).origin || !this.settings) return;
    const scheduler = resolveScheduler(new URL(this.frameUrl), this.settings.scheduler);
    const message = readScheduledMessage(scheduler, event.data);
    if (!message) return;
    this.scheduled = true;
    emit(this, 'ops-booking-scheduled', { scheduler: message.scheduler, url: this.frameUrl, data: message.data });
  };

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const settings = this.settings;
    const area = this.renderRoot.querySelector<HTMLElement>('.inline');
    // Set through the CSS object model: a style attribute would break under a strict CSP.
    if (area && settings) area.style.height = `${settings.height}px`;
    if (settings?.mode !== 'inline' || this.frameRequested) {
      this.nearObserver?.disconnect();
      this.nearObserver = undefined;
      return;
    }
    if (!area || this.nearObserver) return;
    if (typeof IntersectionObserver === 'undefined') {
      this.requestFrame(settings);
      return;
    }
    this.nearObserver = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting) && this.settings) this.requestFrame(this.settings);
      },
      { rootMargin: '400px 0px' },
    );
    this.nearObserver.observe(area);
  }

  protected renderContent(settings: BookingConfig): TemplateResult {
    const action = this.renderAction(settings);
    if (settings.variant === 'button') return html`${action}${this.renderScheduled(settings)}`;
    const { copy } = settings;
    const lines = this.contextLines(settings);
    return html`<section class="card" part="card">
      <p id="heading" class="heading" part="heading" role="heading" aria-level=${settings.headingLevel}>${copy.heading}</p>
      ${copy.tagline ? html`<p class="tagline">${copy.tagline}</p>` : nothing}
      ${copy.body ? html`<p class="body">${copy.body}</p>` : nothing}
      ${lines.length
        ? html`<div class="context" part="context">
            <p>${copy.contextIntro}</p>
            <ul>${lines.map((line) => html`<li>${line}</li>`)}</ul>
            <button type="button" class="text-button" @click=${() => (this.contextDismissed = true)}>${copy.contextRemove}</button>
          </div>`
        : nothing}
      ${action} ${this.renderScheduled(settings)}
    </section>`;
  }

  private renderScheduled(settings: BookingConfig): TemplateResult {
    return html`<p class="status" role="status">${this.scheduled ? settings.copy.scheduled : nothing}</p>`;
  }

  private renderAction(settings: BookingConfig): TemplateResult {
    const { copy } = settings;
    const newTabUrl = this.bookingUrl(settings, false);
    if (settings.mode === 'inline') {
      return html`<div class="inline">${this.renderFrame(settings)}</div>
        ${this.renderNewTabLink(settings, newTabUrl)}`;
    }
    if (settings.mode === 'popup') {
      // A real link underneath: it still works if the dialog cannot open, and with modifier keys.
      return html`<div class="actions">
          <a class="button" part="button" href=${newTabUrl} aria-haspopup="dialog" @click=${this.onLinkClick}>${copy.button}</a>
        </div>
        <dialog part="dialog" aria-labelledby="dialog-title" @close=${this.onDialogClose} @click=${this.onDialogClick}>
          <div class="dialog-bar">
            <p id="dialog-title" class="dialog-title">${copy.dialogTitle}</p>
            <button type="button" class="button secondary" @click=${() => this.close()}>${copy.close}</button>
          </div>
          ${this.frameRequested ? this.renderFrame(settings) : nothing}
          <p class="dialog-foot">${this.renderNewTabLink(settings, newTabUrl)}</p>
        </dialog>`;
    }
    return html`<div class="actions">
      <a class="button" part="button" href=${newTabUrl} target=${settings.newTab ? '_blank' : nothing}
        rel="noopener" @click=${this.onLinkClick}>${copy.button}${settings.newTab
          ? html`<span class="visually-hidden"> ${copy.opensInNewTab}</span>`
          : nothing}</a>
    </div>`;
  }

  private renderNewTabLink(settings: BookingConfig, url: string): TemplateResult {
    return html`<a href=${url} target="_blank" rel="noopener">${settings.copy.newTab}</a>`;
  }

  private renderFrame(settings: BookingConfig): TemplateResult {
    if (!this.frameRequested || !this.frameUrl) return html`<div class="frame-area"></div>`;
    return html`<div class="frame-area">
      <iframe part="frame" src=${this.frameUrl} title=${settings.copy.frameTitle}
        allow="payment" referrerpolicy="strict-origin-when-cross-origin" @load=${() => (this.frameLoaded = true)}></iframe>
      ${this.frameLoaded ? nothing : html`<p class="loading" role="status">${settings.copy.loading}</p>`}
    </div>`;
  }
}

// The attribute properties are declared by the table; this gives them their types.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface OpsBookingCta extends AttributeValues<typeof attributes> {}
