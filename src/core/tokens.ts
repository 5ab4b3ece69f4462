import { css } from 'lit';

const darkPalette = css`
  --_fg: var(--ops-fg, #e6edf3);
  --_bg: var(--ops-bg, #16191d);
  --_surface: var(--ops-surface, #22272e);
  --_muted: var(--ops-muted, #aab4bf);
  --_border: var(--ops-border, #768390);
  --_accent: var(--ops-accent, #8ab4f8);
  --_accent-fg: var(--ops-accent-fg, #0b1b33);
  --_danger: var(--ops-danger, #ff9b8f);
  --_danger-bg: var(--ops-danger-bg, #3b1715);
  --_good: var(--ops-good, #7ee2a8);
  --_warn: var(--ops-warn, #f5c56b);
  color-scheme: dark;
`;

/**
 * Design tokens and the defensive base every element shares. Public knobs are
 * `--ops-*` custom properties; `--_*` are internal. Inherited text properties are
 * reset on the host so page styles (uppercase, letter-spacing, odd line-heights)
 * do not leak in, while the page's font family and size are kept.
 */
export const baseStyles = css`
  :host {
    --_fg: var(--ops-fg, #1b1f24);
    --_bg: var(--ops-bg, #ffffff);
    --_surface: var(--ops-surface, #f3f5f8);
    --_muted: var(--ops-muted, #505a66);
    --_border: var(--ops-border, #7a8591);
    --_accent: var(--ops-accent, #0b57d0);
    --_accent-fg: var(--ops-accent-fg, #ffffff);
    --_danger: var(--ops-danger, #b42318);
    --_danger-bg: var(--ops-danger-bg, #fdecea);
    --_good: var(--ops-good, #146c2e);
    --_warn: var(--ops-warn, #8a5100);
    --_radius: var(--ops-radius, 8px);
    --_gap: var(--ops-gap, 1em);
    --_focus: var(--ops-focus, var(--_accent));
    color-scheme: light;
    display: block;
    box-sizing: border-box;
    min-width: 0;
    max-width: 100%;
    /* !important: a page rule such as "* { letter-spacing: … }" targets the host itself and would
       otherwise win; inside the shadow root the element's important declarations win. */
    color: var(--_fg) !important;
    font-family: var(--ops-font, inherit);
    font-size: var(--ops-font-size, inherit);
    font-style: normal !important;
    font-weight: 400 !important;
    line-height: var(--ops-line-height, 1.5) !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-shadow: none !important;
    white-space: normal !important;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none !important;
  }
  :host([theme='dark']) {
    ${darkPalette}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkPalette}
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  h2,
  h3,
  p,
  ul,
  ol,
  figure {
    margin: 0;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* Cards are unnamed sections on purpose: named ones become landmarks, and several
     copies of one element on a page would repeat the same landmark name. */
  .card {
    background: var(--_bg);
    color: var(--_fg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_gap) * 1.25);
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: 2.75em;
    padding: 0.6em 1.2em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-fg);
    font-weight: 600;
    line-height: 1.2;
    text-decoration: none;
    cursor: pointer;
  }
  .button:hover {
    filter: brightness(1.08);
  }
  .button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  .button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .problems {
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_danger-bg);
    color: var(--_fg);
    padding: 0.75em 1em;
    margin-block-end: var(--_gap);
  }
  .problems ul {
    padding-inline-start: 1.25em;
    margin-block-start: 0.25em;
  }
  .problems code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
  @media print {
    :host {
      color: #000;
      --_accent: #000;
    }
    .button {
      display: none;
    }
  }
`;
