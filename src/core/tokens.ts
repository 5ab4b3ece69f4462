import { css } from 'lit';

const darkPalette = css`
  --_fg: var(--ops-fg, #e6edf3);
  --_bg: var(--ops-bg, #16191d);
  --_surface: var(--ops-surface, #22272e);
  --_muted: var(--ops-muted, #aab4bf);
  --_border: var(--ops-border, #768390);
  --_accent: var(--ops-accent, #8ab4f8);
  --_accent-fg: var(--ops-accent-fg, #0b1b33);
  --_accent-soft: var(--ops-accent-soft, #1c2a40);
  --_danger: var(--ops-danger, #ff9b8f);
  --_danger-bg: var(--ops-danger-bg, #3b1715);
  --_good: var(--ops-good, #7ee2a8);
  --_warn: var(--ops-warn, #f5c56b);
  --_shadow: var(--ops-shadow, 0 1px 2px #0006, 0 2px 8px #0004);
  color-scheme: dark;
`;

/**
 * Design tokens and the defensive base every element shares. Public knobs are
 * `--ops-*` custom properties; `--_*` are internal. Inherited text properties are
 * reset on the host so page styles (uppercase, letter-spacing, odd line-heights,
 * text masks, vertical or mirrored writing) do not leak in, while the page's font
 * family and size are kept.
 *
 * Public tokens (each has a light and a dark default; see test/core/tokens.test.ts
 * for the contrast every pair keeps):
 * - colour roles: --ops-fg on --ops-bg / --ops-surface / --ops-accent-soft (text),
 *   --ops-muted (secondary text), --ops-accent (links, controls) with --ops-accent-fg on it,
 *   --ops-danger on --ops-danger-bg, --ops-good, --ops-warn, --ops-border (UI, ≥ 3:1),
 *   --ops-focus (focus ring)
 * - type scale: --ops-text-xs (0.8em), --ops-text-sm (0.875em), both never below 12px;
 *   --ops-font, --ops-font-size (never below 15px), --ops-line-height
 * - in scaleTokens (src/core/controls.ts, so elements that do not use them carry no bytes): --ops-text-lg (1.15em), --ops-text-xl (1.35em); spacing --ops-space-1 …
 *   --ops-space-5 (0.25, 0.5, 0.75, 1, 1.5em); --ops-radius-sm (controls, 6px)
 * - spacing between blocks: --ops-gap (1em); radius of cards: --ops-radius (8px)
 * - elevation: --ops-shadow (cards)
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
    --_accent-soft: var(--ops-accent-soft, #e8f0fe);
    --_danger: var(--ops-danger, #b42318);
    --_danger-bg: var(--ops-danger-bg, #fdecea);
    --_good: var(--ops-good, #146c2e);
    --_warn: var(--ops-warn, #8a5100);
    --_shadow: var(--ops-shadow, 0 1px 2px #1b1f2414, 0 2px 8px #1b1f240f);
    /* Each step keeps 12px at least, wherever it is nested. */
    --_text-xs: var(--ops-text-xs, max(12px, 0.8em));
    --_text-sm: var(--ops-text-sm, max(12px, 0.875em));
  --_radius: var(--ops-radius, 8px);
    --_gap: var(--ops-gap, 1em);
    --_focus: var(--ops-focus, var(--_accent));
    color-scheme: light;
    /* !important: a page's "* { all: unset }" would make the host inline. */
    display: block !important;
    box-sizing: border-box !important;
    min-width: 0 !important;
    max-width: 100% !important;
    /* !important: a page rule such as "* { letter-spacing: … }" targets the host itself and would
       otherwise win; inside the shadow root the element's important declarations win. */
    color: var(--_fg) !important;
    /* The shorthand also resets what a page may have set: small caps, condensed faces,
       font features. The size never goes below 15px, so the smallest step of the type
       scale (0.8em) stays at 12px on a page with a tiny root font. */
    font: 400 max(15px, var(--ops-font-size, 1em)) / var(--ops-line-height, 1.5) a !important;
    font-family: var(--ops-font, inherit) !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-shadow: none !important;
    white-space: normal !important;
    overflow-wrap: anywhere;
    /* Inherited properties a page may set that would restyle or unlay the content. */
    -webkit-text-fill-color: currentcolor !important;
    -webkit-text-stroke: 0 !important;
    -webkit-text-security: none !important;
    text-decoration: none !important;
    text-emphasis: none !important;
    word-break: normal !important;
    hyphens: manual !important;
    writing-mode: horizontal-tb !important;
    unicode-bidi: isolate !important;
  }
  /* The page's direction does not apply to copy written left to right; a dir on the
     element itself is meant, and mirrored. */
  :host(:not([dir])),
  :host([dir='ltr']) {
    direction: ltr !important;
  }
  :host([dir='rtl']) {
    direction: rtl !important;
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
    /* A quiet edge with a soft shadow; the shadow vanishes in forced colours, the border stays. */
    border: 1px solid color-mix(in srgb, var(--_border) 45%, transparent);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
    padding: calc(var(--_gap) * 1.25);
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: 44px;
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
  .button:active {
    filter: brightness(0.92);
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
