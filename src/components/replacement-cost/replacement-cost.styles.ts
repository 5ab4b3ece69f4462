import { css } from 'lit';

/*
 * One column by default; two (inputs beside results) when the element itself is wide,
 * whatever the viewport. Chart series differ by fill as well as colour: solid, pale
 * with an outline, and outlined only.
 */
export const costStyles = css`
  .card {
    container-type: inline-size;
  }
  .card,
  .layout,
  .results,
  [part=inputs] {
    display: grid;
    gap: var(--_gap);
    align-content: start;
    min-width: 0;
  }
  #heading {
    font-size: 1.35em;
    font-weight: 700;
    line-height: 1.25;
  }
  .intro,
  caption,
  .unit,
  figcaption {
    color: var(--_muted);
  }
  @container (min-width: 42em) {
    .layout {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    }
  }
  .field label,
  .name,
  summary,
  .message,
  dd {
    font-weight: 600;
  }
  .entry {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
    margin-block-start: 0.25em;
  }
  [part=input] {
    width: 8em;
    padding: 0.35em 0.5em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_bg);
  }
  [aria-invalid=true] {
    border: 2px solid var(--_danger);
  }
  .unit,
  figure,
  table,
  code {
    font-size: 0.875em;
  }
  input {
    accent-color: var(--_accent);
  }
  [part=slider] {
    display: block;
    width: 100%;
    margin: 0.35em 0 0;
  }
  .message {
    color: var(--_danger);
  }
  .toggle {
    display: flex;
    gap: 0.6em;
  }
  .toggle input {
    flex: none;
    width: 1.2em;
    height: 1.2em;
    margin: 0.15em 0 0;
  }
  [part=recommendation] {
    padding: 0.75em 1em;
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .title {
    font-weight: 700;
    font-size: 1.1em;
  }
  svg {
    display: block;
  }
  text {
    fill: var(--_fg);
  }
  .picked {
    font-weight: 800;
    background: var(--_surface);
  }
  .quoted {
    fill: var(--_muted);
    font-style: italic;
  }
  .s0 {
    fill: var(--_accent);
  }
  .s1 {
    fill: var(--_surface);
    stroke: var(--_accent);
  }
  .s2 {
    fill: none;
    stroke: var(--_fg);
    stroke-width: 2;
  }
  figcaption {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin-block-start: 0.5em;
  }
  figcaption span {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    margin-block-end: 0.4em;
  }
  th,
  td {
    padding: 0.4em 0.25em;
    border-block-end: 1px solid var(--_border);
    text-align: end;
    vertical-align: top;
  }
  td {
    white-space: nowrap;
  }
  td[colspan],
  th[scope=row] {
    white-space: normal;
    text-align: start;
  }
  th {
    overflow-wrap: break-word;
  }
  @container (max-width: 25em) {
    table {
      font-size: 0.8125em;
    }
    th,
    td {
      padding-inline: 0.15em;
    }
  }
  /* Amounts never break mid-number; if a huge one cannot fit, the table scrolls, not the page. */
  .scroll {
    overflow-x: auto;
  }
  details {
    border-block-start: 1px solid var(--_border);
    padding-block-start: 0.75em;
  }
  summary {
    cursor: pointer;
    color: var(--_accent);
  }
  ol {
    display: grid;
    gap: 0.6em;
    margin-block: 0.75em;
    padding-inline-start: 1.5em;
  }
  ol code {
    display: block;
  }
  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  }
  dl {
    margin: 0.5em 0 0;
  }
  dd {
    margin: 0 0 0.5em;
  }
  @media print {
    [part=slider],
    summary {
      display: none;
    }
    [part=input] {
      width: auto;
      padding: 0;
      border: 0;
    }
    details::details-content {
      content-visibility: visible;
      display: block;
    }
  }
`;
