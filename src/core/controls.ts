import { css } from 'lit';

/**
 * The rest of the design scale (documented with the colour roles in tokens.ts), for the
 * elements that use it, with controlStyles or on their own.
 */
export const scaleTokens = css`
  :host {
    --_text-lg: var(--ops-text-lg, 1.15em);
    --_text-xl: var(--ops-text-xl, 1.35em);
    --_space-1: var(--ops-space-1, 0.25em);
    --_space-2: var(--ops-space-2, 0.5em);
    --_space-3: var(--ops-space-3, 0.75em);
    --_space-4: var(--ops-space-4, 1em);
    --_space-5: var(--ops-space-5, 1.5em);
    --_radius-sm: var(--ops-radius-sm, 6px);
  }
`;

/**
 * Styled form controls on the design tokens, for elements to include after `baseStyles`
 * (`static styles = [...OpsElement.styles, controlStyles, ownStyles]`); it brings scaleTokens.
 * Class names:
 *
 * - `.field`: a text, number or select field (`<input class="field">`, `<select class="field">`)
 * - `.check`: a checkbox or radio (`<input type="checkbox" class="check">`); round when a radio
 * - `.choice`: a label around a `.check` and its text, drawn as a selectable card; it shows
 *   the checked, focused and disabled state of the input inside it
 * - `.range`: a slider (`<input type="range" class="range">`)
 * - `.button` (in baseStyles): the primary action; `.button.secondary` an outlined one
 * - `fieldset` and `legend` lose the browser's frame and indent; `summary` reads as a link
 *
 * Every control keeps a 44 × 44 px touch target, a visible focus ring (`--ops-focus`),
 * hover, active and disabled states, and falls back to the system's own controls in
 * forced-colours (high contrast) mode, where custom drawing would be lost.
 */
export const controlStyles = css`
  ${scaleTokens}
  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
  }
  summary {
    color: var(--_accent);
    cursor: pointer;
  }
  .field {
    min-height: 44px;
    max-width: 100%;
    padding: var(--_space-2) var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-sm);
    background: var(--_bg);
    color: var(--_fg);
    line-height: 1.3;
  }
  .field:hover {
    border-color: var(--_fg);
  }
  .field:focus-visible {
    border-color: var(--_accent);
  }
  .field[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .check {
    appearance: none;
    flex: none;
    display: inline-grid;
    place-content: center;
    width: 1.25em;
    height: 1.25em;
    margin: 0.125em 0;
    border: 2px solid var(--_border);
    border-radius: 4px;
    background: var(--_bg);
    cursor: pointer;
  }
  .check[type='radio'] {
    border-radius: 50%;
  }
  .check::before {
    content: '';
    width: 0.625em;
    height: 0.625em;
    border-radius: inherit;
    background: var(--_accent-fg);
    transform: scale(0);
    transition: transform 0.12s ease-out;
  }
  .check[type='checkbox']::before {
    clip-path: polygon(14% 44%, 0 65%, 50% 100%, 100% 16%, 80% 0%, 43% 62%);
  }
  .check:checked {
    border-color: var(--_accent);
    background: var(--_accent);
  }
  .check:checked::before {
    transform: scale(1);
  }
  .check:hover:not(:disabled),
  .choice:hover .check:not(:disabled) {
    border-color: var(--_accent);
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-3);
    min-height: 44px;
    padding: var(--_space-3) var(--_space-4);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-sm);
    background: var(--_bg);
    cursor: pointer;
    transition: border-color 0.12s, background-color 0.12s;
  }
  .choice:hover {
    border-color: var(--_accent);
  }
  .choice:has(:checked) {
    border-color: var(--_accent);
    background: var(--_accent-soft);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .choice:has(:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .choice .check:focus-visible {
    outline: none;
  }
  .range {
    appearance: none;
    width: 100%;
    min-height: 44px;
    margin: 0;
    background: transparent;
    cursor: pointer;
  }
  .range::-webkit-slider-runnable-track {
    height: 6px;
    border-radius: 3px;
    background: var(--_border);
  }
  .range::-moz-range-track {
    height: 6px;
    border-radius: 3px;
    background: var(--_border);
  }
  .range::-moz-range-progress {
    height: 6px;
    border-radius: 3px;
    background: var(--_accent);
  }
  .range::-webkit-slider-thumb {
    appearance: none;
    width: 22px;
    height: 22px;
    margin-top: -8px;
    border: 2px solid var(--_bg);
    border-radius: 50%;
    background: var(--_accent);
    box-shadow: 0 0 0 1px var(--_accent);
  }
  .range::-moz-range-thumb {
    width: 18px;
    height: 18px;
    border: 2px solid var(--_bg);
    border-radius: 50%;
    background: var(--_accent);
  }
  .range:focus-visible {
    outline-offset: 0;
  }
  .choice:has(:disabled),
  :is(.field, .check, .range):disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  @media (forced-colors: active) {
    .check,
    .range {
      appearance: auto;
    }
    .check::before {
      content: none;
    }
    .choice:has(:checked) {
      border: 2px solid Highlight;
    }
  }
`;
