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
  .badge {
    display: block;
    width: fit-content;
    margin-block-start: 0.3em;
    padding: 0.1em 0.6em;
    border-radius: 0.6em;
    background: var(--_accent);
    color: var(--_accent-fg);
    font-size: var(--_text-xs);
    font-weight: 700;
    line-height: 1.4;
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

  [role='tablist'] {
    /* Auto tracks grow evenly up to each name's full width, so short names stay whole
       and long ones wrap, without ever overflowing. */
    display: grid;
    grid-auto-flow: column;
    gap: 0.25em;
    border-block-end: 2px solid var(--_border);
  }
  [role='tab'] {
    min-width: 0;
    min-height: 2.75em;
    padding: 0.45em 0.3em;
    border: 1px solid var(--_border);
    border-block-end: 0;
    border-radius: var(--_radius) var(--_radius) 0 0;
    background: var(--_surface);
    font-size: 0.9em;
    font-weight: 600;
    line-height: 1.25;
    text-align: center;
    cursor: pointer;
  }
  [role='tab'] .badge {
    margin-inline: auto;
  }
  .highlight {
    background: var(--_surface);
    border-inline: 3px solid var(--_accent);
  }
  thead .highlight,
  [role='tab'].highlight {
    border-block-start: 3px solid var(--_accent);
  }
  tbody tr:last-child .highlight {
    border-block-end: 3px solid var(--_accent);
  }
  [role='tab'][aria-selected='true'] {
    background: var(--_bg);
    text-decoration: underline;
    text-decoration-thickness: 3px;
    text-underline-offset: 0.3em;
    box-shadow: 0 2px 0 var(--_bg);
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
      background: none;
      color: #000;
      border: 1px solid #000;
    }
  }
`;
