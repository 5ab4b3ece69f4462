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
    line-height: 1.3;
  }
  .h0 {
    font-size: 1.35em;
  }
  .h1,
  legend {
    font-size: 1.15em;
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
  .choice:has(:checked),
  .score,
  .weakest p:first-child,
  .status {
    font-weight: 600;
  }
  input:not([type]),
  textarea,
  .choice,
  .track i {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  input:not([type]),
  textarea {
    width: 100%;
    padding: 0.55em 0.7em;
    background: var(--_bg);
    font-weight: 400;
  }
  .bar {
    align-items: center;
  }
  .link,
  summary {
    color: var(--_accent);
    cursor: pointer;
  }
  .link {
    padding: 0.25em 0;
    border: 0;
    background: none;
    text-decoration: underline;
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
    border-radius: 2px;
    background: var(--_surface);
  }
  .track .done {
    background: var(--_accent);
    border-color: var(--_accent);
  }
  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    /* Floated, a legend is laid out like any block, not set into the fieldset's border. */
    float: left;
    width: 100%;
    padding: 0;
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
    gap: 0.5em;
    margin-block-start: 0.9em;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.65em;
    min-height: 2.75em;
    padding: 0.45em 0.85em;
    cursor: pointer;
  }
  .choice:hover {
    border-color: var(--_accent);
  }
  .choice:has(:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
    background: var(--_surface);
  }
  .choice:has(:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  input[type='radio'] {
    margin: 0;
    accent-color: var(--_accent);
  }
  input[type='radio']:focus-visible {
    outline: none;
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
    margin: 0;
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
    .card {
      padding: calc(var(--_gap) * 1.75);
    }
    .choices {
      grid-template-columns: 1fr 1fr;
    }
  }
  @container (max-width: 24em) {
    .card {
      padding: calc(var(--_gap) * 0.85);
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
