import { html, nothing, type TemplateResult } from 'lit';
import type { FramedPageController } from '../../core/controllers/framed-page.js';
import type { BookingCopy } from './booking-cta.content.js';

/** What the popup and inline views need from the element. */
export interface SchedulerView {
  copy: BookingCopy;
  /** The framed scheduler; no URL before the reader asked for it. */
  frame: FramedPageController;
  /** The scheduler's URL for a new tab. */
  newTabUrl: string;
}

const newTabLink = ({ copy, newTabUrl }: SchedulerView) =>
  html`<a href=${newTabUrl} target="_blank" rel="noopener">${copy.newTab}</a>`;

/** The framed scheduler; `waiting` shows the loading line before the frame exists, too. */
function frameArea(view: SchedulerView, waiting = false): TemplateResult {
  const { copy, frame } = view;
  return html`<div class="frame-area">
    ${
      frame.url
        ? html`<iframe part="frame" src=${frame.url} title=${copy.frameTitle} allow="payment"
            referrerpolicy="strict-origin-when-cross-origin" @load=${frame.frameLoaded}></iframe>`
        : nothing
    }
    ${(frame.url || waiting) && !frame.loaded ? html`<p class="loading" role="status">${copy.loading}</p>` : nothing}
  </div>`;
}

export const inlineView = (view: SchedulerView) =>
  html`<div class="inline">${frameArea(view)}</div>
    <p class="new-tab">${newTabLink(view)}</p>`;

/**
 * A button that opens a modal dialog framing the scheduler. The element's light-DOM
 * link stays the fallback without JavaScript, and the dialog offers a new tab.
 */
export function popupView(view: SchedulerView, open: () => void, close: () => void, closed: () => void): TemplateResult {
  const { copy } = view;
  // A click on the dialog's backdrop closes it; keyboard users have Escape and the close button.
  /* eslint-disable lit-a11y/click-events-have-key-events */
  return html`<div class="actions">
      <button type="button" class="button" part="button" aria-haspopup="dialog" @click=${open}>${copy.button}</button>
    </div>
    <dialog part="dialog" aria-labelledby="dialog-title" @close=${closed}
      @click=${(event: MouseEvent) => event.target === event.currentTarget && close() /* the backdrop */}>
      <div class="dialog-bar">
        <p id="dialog-title" class="dialog-title">${copy.dialogTitle}</p>
        <button type="button" class="icon-button" part="close" aria-label=${copy.close} @click=${close}>
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path d="M3 3l10 10M13 3 3 13" /></svg>
        </button>
      </div>
      ${frameArea(view, true)}
      <p class="dialog-foot">${newTabLink(view)}</p>
    </dialog>`;
  /* eslint-enable lit-a11y/click-events-have-key-events */
}
