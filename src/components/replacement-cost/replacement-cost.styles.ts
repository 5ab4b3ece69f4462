import { css } from 'lit';

/*
 * One column by default; two (inputs beside results) when the element itself is wide,
 * whatever the viewport. Chart series differ by fill as well as colour: solid, pale
 * with an outline, and outlined only.
 */
export const costStyles = css`
  :host,
  .card {
    container-type: inline-size;
  }
  /* Phone widths: the same narrow padding as the other elements. */
  @container (max-width: 24em) {
    .card {
      padding: 0.75em;
    }
  }
  .card,
  .layout,
  .results,
  fieldset,
  [part=inputs] {
    display: grid;
    gap: var(--_gap);
    align-content: start;
    min-width: 0;
  }
  legend,
  #heading,
  .title,
  .subtitle,
  .group {
    font-weight: 700;
  }
  #heading {
    font-size: var(--_text-xl);
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
  .number label,
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
  }
  .unit,
  figure,
  table {
    font-size: var(--_text-sm);
  }
  .message {
    color: var(--_danger);
  }
  [part=recommendation] {
    padding: 0.75em 1em;
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .title {
    font-size: var(--_text-lg);
    /* Even lines, so a narrow card breaks between words, not at the hyphen of "In-house". */
    text-wrap: balance;
  }
  .subtitle {
    margin-block-start: 0.75em;
  }
  ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  [part=copy] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .manual,
  .manual textarea {
    display: block;
    width: 100%;
  }
  .by {
    color: var(--_muted);
    font-weight: 400;
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
  .zero {
    stroke: var(--_fg);
    stroke-width: 2;
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
  /* Narrow: each option becomes a block of labelled lines, so every column stays visible. */
  @container (max-width: 30em) {
    thead {
      display: none;
    }
    tr,
    th[scope=row],
    td {
      display: flex;
      justify-content: space-between;
      gap: 1em;
    }
    tr {
      flex-direction: column;
      border-block-end: 1px solid var(--_border);
    }
    th,
    td {
      border: 0;
      text-align: end;
    }
    td::before {
      content: attr(data-label);
      text-align: start;
    }
  }
  details {
    border-block-start: 1px solid var(--_border);
    padding-block-start: 0.75em;
  }
  ol {
    display: grid;
    gap: 0.6em;
    margin-block: 0.75em;
    padding-inline-start: 1.5em;
  }
  dl {
    margin: 0.5em 0 0;
  }
  dd {
    margin: 0 0 0.5em;
  }
  /* On A4 or Letter: no controls, the calculation open, no row split across pages. */
  @media print {
    [part=slider],
    [part=copy],
    summary {
      display: none;
    }
    .card {
      font-size: 10pt;
    }
    tr,
    li {
      break-inside: avoid;
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
