import { css } from 'lit';

/*
 * Sizes follow the element's own width (container queries), not the viewport's:
 * the quiz is often placed in a narrow column of a wide page.
 */
export const quizStyles = css`
  :host {
    container-type: inline-size;
  }
  .card,
  .result,
  .choices,
  .weakest {
    display: grid;
    gap: 0.6em;
  }
  .card {
    gap: var(--_gap);
  }
  [role='heading'],
  legend {
    font-weight: 700;
    line-height: 1.25;
  }
  .h0 {
    font-size: var(--_text-xl);
  }
  .h1,
  legend {
    font-size: var(--_text-lg);
  }
  .intro,
  .progress,
  .theme,
  .ask {
    color: var(--_muted);
  }
  .intro {
    max-width: 65ch;
  }
  .vendor,
  .bar,
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.75em;
  }
  .vendor label {
    display: grid;
    gap: 0.25em;
    flex: 1 1 14em;
  }
  .vendor label,
  .theme,
  dt,
  .score,
  .weakest p:first-child,
  .status {
    font-weight: 600;
  }
  .field {
    width: 100%;
    font-weight: 400;
  }
  .bar {
    align-items: center;
  }
  .progress {
    display: grid;
    flex: 1 1 12em;
    gap: 0.3em;
    font-size: 0.9em;
  }
  .track {
    display: flex;
    gap: 3px;
    height: 0.45em;
  }
  .track i {
    flex: 1;
    border: 1px solid var(--_border);
    border-radius: 2px;
    background: var(--_surface);
  }
  .track .done {
    background: var(--_accent);
    border-color: var(--_accent);
  }
  legend {
    /* Floated, a legend is laid out like any block, not set into the fieldset's border. */
    float: left;
    width: 100%;
  }
  legend + * {
    clear: both;
  }
  .theme {
    display: block;
    font-size: 0.8em;
  }
  :host([layout='list']) .question {
    padding-block-start: var(--_gap);
    border-block-start: 1px solid var(--_border);
  }
  details {
    margin-block-start: 0.6em;
  }
  summary {
    width: fit-content;
  }
  dl {
    margin: 0.4em 0 0;
    max-width: 70ch;
  }
  dd {
    margin: 0;
  }
  dd + dt {
    margin-block-start: 0.5em;
  }
  .choices {
    gap: var(--_space-2);
    margin-block-start: var(--_space-3);
  }
  dl,
  .band,
  .compare,
  .weakest li {
    padding: 0.6em 0.9em;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .band,
  .glance li,
  .weakest li {
    border-inline-start: 0.35em solid var(--_warn);
  }
  .glance,
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.9em;
  }
  .glance li {
    padding: 0.15em 0.6em;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .scale {
    display: flex;
    gap: 2px;
    height: 0.6em;
  }
  .scale i {
    flex: 1;
    border-radius: 2px;
    background: var(--_border);
  }
  .scale .start {
    margin-inline-start: 0.4em;
  }
  .scale .on {
    background: var(--_warn);
  }
  .high .on {
    background: var(--_good);
  }
  .low .on {
    background: var(--_danger);
  }
  .legend {
    gap: 0.2em 1.2em;
    color: var(--_muted);
  }
  .compare ul {
    padding-inline-start: 1.2em;
  }
  .print {
    display: none;
  }
  .band strong {
    display: block;
    font-size: 1.3em;
  }
  .high {
    border-color: var(--_good) !important;
  }
  .low {
    border-color: var(--_danger) !important;
  }
  .gap {
    border-inline-start-style: dashed !important;
  }
  .weakest {
    gap: 0.5em;
    padding: 0;
    list-style: none;
  }
  .status:empty {
    display: none;
  }
  .status {
    color: var(--_good);
  }
  @container (min-width: 36em) {
    .choices {
      grid-template-columns: 1fr 1fr;
    }
  }
  /* Phone widths: the same narrow padding as the other elements. */
  @container (max-width: 24em) {
    .card {
      padding: 0.75em;
    }
    .actions .button {
      flex: 1 1 100%;
    }
  }
  @media print {
    .card {
      border: 0;
      padding: 0;
    }
    .print {
      display: block;
    }
    /* Printed after the result, the report stands alone: no form, no questions to fill in. */
    .bar,
    .actions,
    .status,
    textarea,
    summary,
    .done > :is(.intro, .vendor, .question) {
      display: none;
    }
    .question,
    .weakest li {
      break-inside: avoid;
    }
  }
`;
