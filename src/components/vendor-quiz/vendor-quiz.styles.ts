import { css } from 'lit';

/*
 * Sizes follow the element's own width (container queries), not the viewport's:
 * the quiz is often placed in a narrow column of a wide page.
 */
export const quizStyles = css`
  :host {
    container-type: inline-size;
  }
  .card {
    display: grid;
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
  .intro {
    color: var(--_muted);
    max-width: 65ch;
  }
  .vendor {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.75em;
  }
  .vendor label {
    display: grid;
    gap: 0.25em;
    flex: 1 1 14em;
    font-weight: 600;
  }
  input:not([type]),
  textarea {
    width: 100%;
    padding: 0.55em 0.7em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    font-weight: 400;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1.25em;
  }
  .link {
    padding: 0.25em 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
  }
  .link::before {
    content: '‹ ';
  }
  .progress {
    display: grid;
    flex: 1 1 12em;
    gap: 0.3em;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .track {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: 1fr;
    gap: 3px;
    height: 0.45em;
  }
  .track i {
    border-radius: 2px;
    background: var(--_surface);
    border: 1px solid var(--_border);
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
  .theme {
    display: block;
    color: var(--_muted);
    font-size: 0.8em;
    font-weight: 600;
  }
  :host([layout='list']) .question {
    padding-block-start: var(--_gap);
    border-block-start: 1px solid var(--_border);
  }
  legend + * {
    clear: both;
  }
  details {
    margin-block-start: 0.6em;
  }
  summary {
    width: fit-content;
    color: var(--_accent);
    cursor: pointer;
  }
  dl {
    margin: 0.4em 0 0;
    padding: 0.6em 0.9em;
    border-radius: var(--_radius);
    background: var(--_surface);
    max-width: 70ch;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0 0 0.5em;
  }
  dd:last-child {
    margin: 0;
  }
  .choices {
    display: grid;
    gap: 0.5em;
    margin-block-start: 0.9em;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.65em;
    min-height: 2.75em;
    padding: 0.45em 0.85em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .choice:has(:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
    background: var(--_surface);
    font-weight: 600;
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
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.6em;
  }
  .result {
    display: grid;
    gap: 0.6em;
  }
  .band,
  .weakest li {
    padding: 0.6em 0.9em;
    border-inline-start: 0.35em solid var(--_warn);
    border-radius: var(--_radius);
    background: var(--_surface);
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
  .score {
    font-weight: 600;
  }
  .weakest {
    display: grid;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .weakest p:first-child {
    font-weight: 600;
  }
  .ask {
    color: var(--_muted);
  }
  .status:empty {
    display: none;
  }
  .status {
    color: var(--_good);
    font-weight: 600;
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
    .bar,
    .actions,
    .status,
    textarea,
    summary {
      display: none;
    }
    .question,
    .weakest li {
      break-inside: avoid;
    }
  }
`;
