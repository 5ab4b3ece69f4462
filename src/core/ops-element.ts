import { LitElement, adoptStyles, html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type * as z from 'zod/mini';
import { mergeConfig, readJsonConfig, validate, type ConfigProblem } from './config.js';
import { emit, type ErrorSource } from './events.js';
import { baseStyles } from './tokens.js';
import { VERSION } from './version.js';

export type Theme = 'light' | 'dark' | 'auto';

/**
 * What every element shares: validated configuration from defaults, a JSON child,
 * the `config` property and attributes (in that order, later wins); a visible,
 * accessible error instead of a blank box; `ops-error` events; theming.
 *
 * When a configuration turns invalid after a valid one, the element keeps rendering
 * the last valid one under the error, so nothing the reader entered disappears.
 */
export abstract class OpsElement<Config> extends LitElement {
  static readonly version = VERSION;

  static override properties: PropertyDeclarations = {
    config: { attribute: false },
    theme: { reflect: true },
    childConfigVersion: { state: true },
  };

  static override styles = [baseStyles];

  /** Full configuration as an object; merged over the defaults. */
  declare config: unknown;
  /** `light` (default), `dark`, or `auto` to follow the reader's system setting. */
  declare theme: Theme | undefined;
  declare private childConfigVersion: number;

  /** The last configuration that passed validation. */
  protected settings: Config | undefined;
  protected problems: ConfigProblem[] = [];
  private reportedProblems = '';
  private childObserver: MutationObserver | undefined;
  /** Set from connection until the first update has adopted server-rendered (declarative) shadow DOM. */
  private hydrating = false;

  /** Names of the properties whose change means the configuration must be read again. */
  protected static configProperties: readonly string[] = [];

  protected abstract readonly configSchema: z.ZodMiniType<Config>;
  /** The default configuration, which goes through the same schema as a host's. */
  protected abstract defaultConfig(): unknown;
  /** The configuration given by attributes; only what was actually set. */
  protected attributeConfig(): Record<string, unknown> {
    return {};
  }
  protected abstract renderContent(settings: Config): TemplateResult | typeof nothing;
  /** Called after a new valid configuration replaced the previous one. */
  protected settingsChanged(_settings: Config): void {}

  constructor() {
    super();
    this.childConfigVersion = 0;
  }

  override connectedCallback(): void {
    // A shadow root before the first update can only come from server-rendered markup.
    if (!this.hasUpdated && this.shadowRoot) this.hydrating = true;
    super.connectedCallback();
    // Frameworks may append the JSON child after the element is connected.
    this.childObserver ??= new MutationObserver(() => this.childConfigVersion++);
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver?.disconnect();
  }

  /**
   * True while the output must equal the server's: on the server, and during the client
   * render that hydrates it. Values only the browser knows (URL, storage, the reader's
   * locale) wait until this is false; they are applied by the update that follows hydration.
   */
  protected get matchingServer(): boolean {
    return isServer || this.hydrating;
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    if (!this.hydrating) return;
    this.hydrating = false;
    // Hydration keeps the server's <style> elements (which a strict CSP may block) and adopts
    // no sheet; adopting the element's own styles keeps it styled either way.
    const root = this.shadowRoot!;
    if (!root.adoptedStyleSheets.length) adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
    if (this.settings) this.settingsChanged(this.settings);
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    const watched = (this.constructor as typeof OpsElement).configProperties;
    const configChanged =
      !this.hasUpdated ||
      changed.has('config') ||
      changed.has('childConfigVersion') ||
      watched.some((name) => changed.has(name));
    if (configChanged) this.readConfig();
  }

  private readConfig(): void {
    const json = readJsonConfig(this);
    const merged = mergeConfig(
      this.defaultConfig(),
      json.ok ? json.value : undefined,
      this.config,
      this.attributeConfig(),
    );
    const result = validate(this.configSchema, merged);
    const problems = [...(json.ok ? [] : json.problems), ...(result.ok ? [] : result.problems)];
    if (result.ok && problems.length === 0) {
      this.problems = [];
      this.reportedProblems = '';
      this.settings = result.value;
      this.settingsChanged(result.value);
      return;
    }
    this.problems = problems;
    const key = JSON.stringify(problems);
    if (key !== this.reportedProblems) {
      this.reportedProblems = key;
      this.reportError('config', 'The configuration is not valid.', problems);
    }
  }

  /** Tells the host page what went wrong, without throwing into it. */
  protected reportError(source: ErrorSource, message: string, problems: ConfigProblem[] = []): void {
    emit(this, 'ops-error', { element: this.localName, source, message, problems });
  }

  protected override render(): unknown {
    let content: TemplateResult | typeof nothing = nothing;
    try {
      if (this.settings) content = this.renderContent(this.settings);
    } catch (error) {
      const problem = { path: '(render)', message: String((error as Error)?.message ?? error) };
      this.reportError('render', 'The widget failed to render.', [problem]);
      return this.renderProblems([problem]);
    }
    return html`${this.problems.length ? this.renderProblems(this.problems) : nothing}${content}`;
  }

  protected renderProblems(problems: ConfigProblem[]): TemplateResult {
    return html`<div class="problems" part="error" role="alert">
      <p><strong>This widget is not set up correctly${this.settings ? '; showing its last working version.' : ', so it cannot be shown.'}</strong></p>
      <ul>
        ${problems.map((problem) => html`<li><code>${problem.path}</code> ${problem.message}</li>`)}
      </ul>
    </div>`;
  }
}
