import { LitElement, css, html, nothing, type PropertyValues } from 'lit';

/** What the builder needs from custom-elements.json. */
interface ManifestAttribute {
  name: string;
  description?: string;
  type?: { text: string };
}
interface ManifestElement {
  tagName: string;
  summary?: string;
  attributes?: ManifestAttribute[];
}
interface Problem {
  path: string;
  message: string;
}

type Control =
  | { kind: 'boolean'; attribute: ManifestAttribute }
  | { kind: 'choice'; attribute: ManifestAttribute; choices: string[] }
  | { kind: 'number' | 'text'; attribute: ManifestAttribute };

/** Where the site owner hosts the bundle; replaced by their own URL. */
const scriptUrl = 'https://your-site.example/ops-partner-widgets.js';

/**
 * Picks a form control from the attribute's type: a checkbox, a number, a list of the
 * literal values the type names (`'a' | 'b'`) or, for a type the manifest leaves as a
 * reference (`BookingConfig['mode']`), the values its description names in backticks.
 */
function controlFor(attribute: ManifestAttribute): Control {
  const type = attribute.type?.text ?? 'string';
  if (/\bboolean\b/.test(type)) return { kind: 'boolean', attribute };
  if (/\bnumber\b/.test(type)) return { kind: 'number', attribute };
  const literals = [...type.matchAll(/'([^']+)'/g)].map((match) => match[1]!);
  const isReference = /\w\[/.test(type);
  const described = [...(attribute.description ?? '').matchAll(/`([a-z][\w-]*)`/g)].map((match) => match[1]!);
  const choices = isReference ? described : literals;
  return choices.length > 1 ? { kind: 'choice', attribute, choices: [...new Set(choices)] } : { kind: 'text', attribute };
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Builds an embed snippet: pick an element, set its attributes and a JSON configuration,
 * see it live with its configuration problems explained, copy the snippet.
 */
export class SnippetBuilder extends LitElement {
  static override properties = {
    manifestUrl: { attribute: 'manifest-url' },
    elements: { state: true },
    tag: { state: true },
    values: { state: true },
    json: { state: true },
    jsonError: { state: true },
    problems: { state: true },
    copyStatus: { state: true },
  };

  static override styles = css`
    :host { display: block; }
    .layout { display: grid; gap: 1.5rem; grid-template-columns: minmax(16rem, 22rem) minmax(0, 1fr); }
    @media (max-width: 48rem) { .layout { grid-template-columns: 1fr; } }
    fieldset { border: 1px solid #c8c8c8; border-radius: 6px; margin: 0 0 1rem; padding: 0.75rem; }
    legend { font-weight: bold; padding: 0 0.25rem; }
    label { display: block; margin-block: 0.5rem; }
    label.inline { display: flex; gap: 0.5rem; align-items: center; }
    .hint { display: block; font-size: 0.85em; color: #555; }
    input[type='text'], input[type='number'], select, textarea { display: block; width: 100%; box-sizing: border-box; font: inherit; margin-top: 0.2rem; }
    textarea { font-family: ui-monospace, monospace; min-height: 10rem; }
    pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f1f0ec; color: #1b1f24; padding: 0.75rem; overflow: auto; border-radius: 6px; }
    .problems { border-left: 4px solid #b3261e; padding: 0.25rem 0.75rem; }
    .problems code, pre { font-size: 0.9em; }
    :focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }
    button { font: inherit; padding: 0.4rem 0.9rem; }
  `;

  declare manifestUrl: string;
  declare private elements: ManifestElement[];
  declare private tag: string;
  declare private values: Record<string, string | boolean>;
  declare private json: string;
  declare private jsonError: string;
  declare private problems: Problem[];
  declare private copyStatus: string;
  private preview: HTMLElement | undefined;

  constructor() {
    super();
    this.manifestUrl = '/custom-elements.json';
    this.elements = [];
    this.tag = 'ops-booking-cta';
    this.values = {};
    this.json = '';
    this.jsonError = '';
    this.problems = [];
    this.copyStatus = '';
  }

  override async connectedCallback(): Promise<void> {
    super.connectedCallback();
    const manifest = (await (await fetch(this.manifestUrl)).json()) as { modules: Array<{ declarations?: ManifestElement[] }> };
    this.elements = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.tagName)
      .sort((a, b) => a.tagName.localeCompare(b.tagName));
  }

  private get element(): ManifestElement | undefined {
    return this.elements.find((element) => element.tagName === this.tag);
  }

  /** The configuration object from the JSON field, or undefined when it is empty or not JSON. */
  private parsedConfig(): unknown {
    if (!this.json.trim()) return undefined;
    try {
      return JSON.parse(this.json);
    } catch {
      return undefined;
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('json')) {
      let error = '';
      if (this.json.trim()) {
        try {
          JSON.parse(this.json);
        } catch (cause) {
          error = (cause as Error).message;
        }
      }
      this.jsonError = error;
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('tag') || changed.has('values') || changed.has('json') || changed.has('elements')) this.renderPreview();
  }

  /** A fresh element each time, so its problems are those of the current settings only. */
  private renderPreview(): void {
    const host = this.renderRoot.querySelector<HTMLElement>('#preview');
    if (!host || !this.element) return;
    this.preview?.remove();
    const problems: Problem[] = [];
    const live = document.createElement(this.tag) as HTMLElement & { config?: unknown };
    live.addEventListener('ops-error', (event) => {
      problems.splice(0, problems.length, ...(event as CustomEvent<{ problems: Problem[] }>).detail.problems);
      this.problems = [...problems];
    });
    for (const [name, value] of Object.entries(this.values)) {
      if (value === false || value === '') continue;
      live.setAttribute(name, value === true ? '' : value);
    }
    const config = this.parsedConfig();
    if (config !== undefined) live.config = config;
    if (this.problems.length) this.problems = [];
    host.append(live);
    this.preview = live;
  }

  private snippet(): string {
    const attributes = Object.entries(this.values)
      .filter(([, value]) => value !== false && value !== '')
      .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`))
      .join('');
    const config = this.parsedConfig();
    // `</` would end the script element early.
    const child =
      config === undefined
        ? ''
        : `\n  <script type="application/json">\n    ${JSON.stringify(config).replace(/<\//g, '<\\/')}\n  </script>\n`;
    return `<script type="module" src="${scriptUrl}"></script>\n\n<${this.tag}${attributes}>${child}</${this.tag}>\n`;
  }

  private async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.snippet());
      this.copyStatus = 'Copied the snippet.';
    } catch {
      this.copyStatus = 'Copying is not allowed here: select the snippet and copy it by hand.';
    }
  }

  private pick(tag: string): void {
    this.tag = tag;
    this.values = {};
    this.json = '';
    this.copyStatus = '';
  }

  private setValue(name: string, value: string | boolean): void {
    this.values = { ...this.values, [name]: value };
    this.copyStatus = '';
  }

  private renderControl(control: Control) {
    const { name, description } = control.attribute;
    const id = `attr-${name}`;
    const hint = description ? html`<span class="hint" id="${id}-hint">${description.replace(/`/g, '')}</span>` : nothing;
    const value = this.values[name];
    if (control.kind === 'boolean') {
      return html`<label class="inline"><input type="checkbox" id=${id} .checked=${value === true} aria-describedby=${description ? `${id}-hint` : nothing}
          @change=${(event: Event) => this.setValue(name, (event.target as HTMLInputElement).checked)} />${name}</label>${hint}`;
    }
    if (control.kind === 'choice') {
      return html`<label for=${id}>${name}</label>
        <select id=${id} aria-describedby=${description ? `${id}-hint` : nothing} @change=${(event: Event) => this.setValue(name, (event.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!value}>(default)</option>
          ${control.choices.map((choice) => html`<option ?selected=${value === choice}>${choice}</option>`)}
        </select>${hint}`;
    }
    return html`<label for=${id}>${name}</label>
      <input id=${id} type=${control.kind === 'number' ? 'number' : 'text'} .value=${typeof value === 'string' ? value : ''}
        aria-describedby=${description ? `${id}-hint` : nothing}
        @input=${(event: Event) => this.setValue(name, (event.target as HTMLInputElement).value)} />${hint}`;
  }

  protected override render() {
    const element = this.element;
    return html`<div class="layout">
      <form @submit=${(event: Event) => event.preventDefault()} aria-label="Snippet options">
        <fieldset>
          <legend>Element</legend>
          ${this.elements.map(
            (candidate) => html`<label class="inline"><input type="radio" name="tag" .checked=${candidate.tagName === this.tag}
                @change=${() => this.pick(candidate.tagName)} /><code>&lt;${candidate.tagName}&gt;</code></label>
              ${candidate.summary ? html`<span class="hint">${candidate.summary}</span>` : nothing}`,
          )}
        </fieldset>
        ${
          element
            ? html`<fieldset>
                <legend>Attributes of &lt;${element.tagName}&gt;</legend>
                ${(element.attributes ?? []).map((attribute) => this.renderControl(controlFor(attribute)))}
              </fieldset>
              <fieldset>
                <legend>Full configuration (JSON)</legend>
                <label for="json">Configuration object, placed in the snippet as a JSON child</label>
                <textarea id="json" spellcheck="false" .value=${this.json} aria-describedby="json-error"
                  aria-invalid=${this.jsonError ? 'true' : 'false'}
                  @input=${(event: Event) => (this.json = (event.target as HTMLTextAreaElement).value)}></textarea>
                <p id="json-error" role="status">${this.jsonError ? `Not valid JSON: ${this.jsonError}` : ''}</p>
              </fieldset>`
            : html`<p>Loading the element list…</p>`
        }
      </form>
      <div>
        <h2>Live</h2>
        <div role="status" aria-live="polite" class=${this.problems.length ? 'problems' : ''}>
          ${
            this.problems.length
              ? html`<p><strong>The element reports ${this.problems.length === 1 ? 'a problem' : `${this.problems.length} problems`}:</strong></p>
                <ul>${this.problems.map((problem) => html`<li><code>${problem.path}</code> ${problem.message}</li>`)}</ul>`
              : nothing
          }
        </div>
        <div id="preview"></div>
        <h2>Snippet</h2>
        <pre tabindex="0"><code id="snippet">${this.snippet()}</code></pre>
        <button type="button" @click=${this.copy}>Copy the snippet</button>
        <span role="status">${this.copyStatus}</span>
      </div>
    </div>`;
  }
}

customElements.define('snippet-builder', SnippetBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'snippet-builder': SnippetBuilder;
  }
}
