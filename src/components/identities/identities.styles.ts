import { css } from 'lit';

/*
 * Layout follows the element's own width, not the viewport: the element is often
 * placed in a narrow column of a wide page. Both layouts are rendered and the one not
 * in use is display:none, which also keeps it out of the accessibility tree, so screen
 * readers meet the content once.
 */
export const identitiesStyles = css`
  :host {
    /* The container below has no width of its own; without this a page that centres
       or shrink-wraps its blocks (flex with align-items: center) would collapse it. */
    width: 100%;
  }
  .frame {
    container-type: inline-size;
  }
  .card {
    display: grid;
    /* One column no wider than the card: a long unbroken name breaks instead of widening it. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
    padding: 0.75em;
  }
  .heading {
    font-size: 1.35em;
    font-weight: 700;
    line-height: 1.25;
  }
  .intro {
    color: var(--_muted);
    margin-block-start: 0.35em;
    max-width: 60ch;
  }
  /* Calm emphasis for the highlighted column: an outlined label, unlike the filled bar of a selected tab. */
  .badge {
    display: block;
    width: fit-content;
    margin-block-start: 0.3em;
    padding: 0 0.5em;
    border: 1px solid var(--_accent);
    border-radius: 1em;
    color: var(--_accent);
    font-size: var(--_text-xs);
    font-weight: 600;
  }
  .wide {
    display: none;
  }
  table {
    width: 100%;
    table-layout: fixed;
    border-collapse: collapse;
  }
  th,
  td {
    padding: 0.6em 0.75em;
    text-align: start;
    vertical-align: top;
    border-block-end: 1px solid var(--_border);
  }
  thead td {
    /* Row labels are short; the identities get the room. */
    width: 22%;
  }
  thead th,
  thead td {
    vertical-align: bottom;
    font-size: 1.05em;
    border-block-end-width: 2px;
  }
  tbody th {
    font-weight: 600;
    color: var(--_muted);
  }

  thead th,
  [role='tab'] {
    /* Names wrap between words; only a word wider than the whole tab row is broken. */
    overflow-wrap: break-word;
  }
  [role='tablist'] {
    /* Equal tabs, each at least as wide as its longest word; a row that cannot hold
       them all wraps whole tabs, never words. */
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    border-block-end: 1px solid var(--_border);
  }
  [role='tab'] {
    flex: 1 1 0;
    max-width: 100%;
    min-height: 2.75em;
    padding: 0.5em 0.4em;
    border: 0;
    border-radius: var(--_radius) var(--_radius) 0 0;
    background: none;
    color: var(--_muted);
    font-size: 0.9em;
    font-weight: 600;
    line-height: 1.25;
    text-align: center;
    cursor: pointer;
  }
  [role='tab']:hover {
    background: var(--_surface);
  }
  [role='tab'] .badge {
    margin-inline: auto;
  }
  [role='tab'][aria-selected='true'] {
    color: var(--_fg);
    /* A bar along the tab's edge, below the badge, never through the text. */
    box-shadow: inset 0 -3px 0 var(--_accent);
  }
  table .highlight {
    background: var(--_surface);
    border-inline: 2px solid var(--_accent);
  }
  thead .highlight {
    border-block-start: 2px solid var(--_accent);
  }
  tbody tr:last-child .highlight {
    border-block-end: 2px solid var(--_accent);
  }
  @container (max-width: 24em) {
    [role='tab'] {
      font-size: 0.82em;
    }
  }
  dt {
    font-weight: 600;
    color: var(--_muted);
    margin-block-start: 0.75em;
  }
  dd {
    margin: 0.15em 0 0;
    padding-block-end: 0.75em;
    border-block-end: 1px solid var(--_border);
  }

  @container (min-width: 40em) {
    .card {
      padding: calc(var(--_gap) * 1.25);
    }
    .wide {
      display: block;
    }
    .narrow {
      display: none;
    }
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em 1.5em;
  }
  ::slotted([slot='cta']) {
    flex-basis: 100%;
  }

  @media print {
    .wide {
      display: block;
    }
    .narrow,
    .actions {
      display: none;
    }
    tr {
      break-inside: avoid;
    }
    .highlight {
      background: none;
      border-color: #000;
    }
    .badge {
      color: #000;
      border-color: #000;
    }
  }
`;
