import { LitElement, adoptStyles, html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type * as z from 'zod/mini';
import { attributeLayer, configPropertyNames, type AttributeTable } from './attributes.js';
import { mergeConfig, readJsonConfig, validate, type ConfigProblem } from './config.js';
import { emit, type ErrorSource } from './events.js';
import { baseStyles } from './tokens.js';
import { VERSION } from './version.js';

export type Theme = 'light' | 'dark' | 'auto';

/**
 * What every element shares: validated configuration from defaults, light-DOM content,
 * a JSON child, the `config` property and attributes (in that order, later wins); a visible,
 * accessible error instead of a blank box; `ops-error` events; theming.
 *
 * When a configuration turns invalid after a valid one, the element keeps rendering
 * the last valid one under the error, so nothing the reader entered disappears.
 */
export abstract class OpsElement<Config, ConfigInput = unknown> extends LitElement {
  static readonly version = VERSION;

  static override properties: PropertyDeclarations = {
    config: { attribute: false },
    theme: { reflect: true },
    childConfigVersion: { state: true },
  };

  static override styles = [baseStyles];

  /** Configuration as an object, merged over the defaults; `null` or `undefined` means none. */
  declare config: ConfigInput | null | undefined;
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

  /**
   * The element's attributes: what each is called, how its text is read and where it
   * goes in the configuration. Subclasses pass the same table to `attributeProperties`
   * for Lit's `properties`.
   */
  static attributeTable: AttributeTable = {};

  protected abstract readonly configSchema: z.ZodMiniType<Config>;
  /**
   * The default configuration, which goes through the same schema as a host's.
   * `hostLayers` are the JSON child and the `config` property, for defaults that
   * depend on what the host supplies.
   */
  protected abstract defaultConfig(hostLayers: readonly unknown[]): unknown;
  /** What the element's light-DOM content (shown before the script runs) contributes. */
  protected lightDomConfig(): unknown {
    return undefined;
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
    // Read every layer again, now with what only the browser knows.
    this.childConfigVersion++;
  }

  protected override willUpdate(changed: PropertyValues): void {
    const watched = configPropertyNames(this.table);
    const configChanged =
      !this.hasUpdated ||
      changed.has('config') ||
      changed.has('childConfigVersion') ||
      watched.some((name) => changed.has(name));
    if (configChanged) this.readConfig();
  }

  private get table(): AttributeTable {
    return (this.constructor as typeof OpsElement).attributeTable;
  }

  private readConfig(): void {
    const json = readJsonConfig(this);
    const hostLayers = [json.ok ? json.value : undefined, this.config ?? undefined];
    const merged = mergeConfig(
      this.defaultConfig(hostLayers),
      // The server cannot see light-DOM content, so the hydrating render must not either.
      this.matchingServer ? undefined : this.lightDomConfig(),
      ...hostLayers,
      attributeLayer(this.table, (property) => this[property as keyof this]),
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
