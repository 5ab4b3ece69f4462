import { css } from 'lit';

export const bookingStyles = css`
  /* Wide cards put the text and the button side by side instead of leaving half the card empty. */
  .card {
    container-type: inline-size;
  }
  @container (min-width: 44em) {
    .side-by-side {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      gap: 0 2.5em;
      align-items: center;
    }
    .status {
      grid-column: 1 / -1;
    }
    .side-by-side .body {
      margin-block-end: 0;
    }
  }
  .heading {
    font-size: 1.35em;
    font-weight: 700;
    line-height: 1.25;
  }
  .tagline {
    font-weight: 600;
    margin-block-start: 0.35em;
  }
  .body {
    color: var(--_muted);
    margin-block: 0.5em 1em;
    max-width: 60ch;
  }
  .context {
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: 0.6em 0.9em;
    margin-block-end: 1em;
    font-size: 0.92em;
  }
  .context ul {
    padding-inline-start: 1.2em;
  }
  .text-button {
    background: none;
    border: 0;
    padding: 0.25em 0;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1.25em;
    align-items: center;
  }
  .status:empty {
    margin: 0;
  }
  .status {
    margin-block-start: 0.75em;
    font-weight: 600;
    color: var(--_good);
  }
  dialog {
    width: min(100vw - 1em, 64em);
    height: min(100dvh - 1em, 50em);
    max-width: none;
    max-height: none;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
  }
  dialog[open] {
    display: flex;
    flex-direction: column;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.55);
  }
  .dialog-bar {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1em;
    padding: 0.5em 0.75em 0.5em 1em;
    border-block-end: 1px solid var(--_border);
  }
  .icon-button {
    flex: none;
    display: grid;
    place-items: center;
    width: 2.75em;
    height: 2.75em;
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    background: none;
    cursor: pointer;
  }
  .icon-button:hover {
    background: var(--_surface);
  }
  .icon-button path {
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
  }
  .dialog-title {
    font-size: 1.05em;
    font-weight: 700;
  }
  .frame-area {
    position: relative;
    flex: 1;
    min-height: 0;
  }
  .inline {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    margin-block-end: 0.75em;
  }
  .inline .frame-area {
    height: 100%;
  }
  iframe {
    display: block;
    width: 100%;
    height: 100%;
    border: 0;
    background: #fff;
  }
  .loading {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    color: var(--_muted);
    background: var(--_bg);
  }
  .dialog-foot {
    padding: 0.5em 1em;
    border-block-start: 1px solid var(--_border);
    font-size: 0.92em;
  }
  @media (max-width: 40em) {
    dialog {
      width: 100vw;
      height: 100dvh;
      border-radius: 0;
    }
  }
`;
