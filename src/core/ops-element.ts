import {
  LitElement,
  adoptStyles,
  type CSSResult,
  html,
  isServer,
  nothing,
  render as litRender,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import type * as z from 'zod/mini';
import { attributeLayer, attributeProperties, configPropertyNames, type AttributeTable } from './attributes.js';
import {
  describeError,
  isEmptyLayer,
  mergeConfig,
  parseJsonText,
  readJsonConfig,
  toPlainData,
  validate,
  type ConfigProblem,
  type Validated,
} from './config.js';
import { emit, type ErrorSource } from './events.js';
import { renderLater } from './first-renders.js';
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
    configText: { attribute: 'config' },
    theme: { reflect: true },
    childConfigVersion: { state: true },
  };

  static override styles = [baseStyles];

  /** Configuration as an object, merged over the defaults; `null` or `undefined` means none. */
  declare config: ConfigInput | null | undefined;
  /**
   * The `config` attribute: the same configuration as JSON text, for frameworks and
   * server-rendered pages that can only set attributes before the element is defined.
   */
  declare configText: string | null | undefined;
  /** `light` (default), `dark`, or `auto` to follow the reader's system setting. */
  declare theme: Theme | undefined;
  declare private childConfigVersion: number;

  /** The element's internals: its custom states, and a form value for elements that give one. */
  protected readonly internals = this.attachInternals();
  /** The last configuration that passed validation. */
  protected settings: Config | undefined;
  protected problems: ConfigProblem[] = [];
  private reportedProblems = '';
  private childObserver: MutationObserver | undefined;
  /** Set from connection until the first update has adopted server-rendered (declarative) shadow DOM. */
  private hydrating = false;

  /**
   * The element's attributes: what each is called, how its text is read and where it
   * goes in the configuration. Each becomes a reactive property, so a subclass's own
   * `properties` lists only its internal state.
   */
  static attributeTable: AttributeTable = {};

  protected static override finalize(): void {
    if (!Object.hasOwn(this, 'finalized') && Object.hasOwn(this, 'attributeTable')) {
      const declarations = attributeProperties(this.attributeTable);
      for (const name of Object.keys(declarations)) this.createProperty(name, declarations[name]);
    }
    super.finalize();
  }

  protected abstract readonly configSchema: z.ZodMiniType<Config>;
  /**
   * The default configuration, which goes through the same schema as a host's.
   * `hostLayers` are the JSON child, the `config` attribute and property, for defaults that
   * depend on what the host supplies.
   */
  protected abstract defaultConfig(hostLayers: readonly unknown[]): unknown;
  /**
   * True when the defaults alone are a complete, valid configuration, held to the schema by
   * a unit test: with nothing from the host they are then used as they are, unparsed, which
   * saves start-up time. False for an element that needs something only a host can give.
   */
  declare protected readonly completeDefaults: boolean | undefined;
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
    // `:state(rendered)`: until then a page's reserved space (dist/reserve.css) still holds,
    // also between the element's definition and its first render, which is a later task.
    this.internals.states?.add('rendered');
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
      changed.has('configText') ||
      changed.has('childConfigVersion') ||
      watched.some((name) => changed.has(name));
    if (configChanged) this.readConfig();
  }

  private get table(): AttributeTable {
    return (this.constructor as typeof OpsElement).attributeTable;
  }

  private readConfig(): void {
    let problems: ConfigProblem[] = [];
    try {
      const json = readJsonConfig(this);
      // What a host passes as data is copied into bounded plain data first: nothing after
      // this point can meet a cycle, a throwing getter or a Proxy. Attributes and light-DOM
      // content are text already, bounded by the schema.
      const plain = (value: unknown): unknown => {
        const copy = toPlainData(value);
        if (copy.ok) return copy.value;
        problems.push(...copy.problems);
        return undefined;
      };
      const text = parseJsonText(this.configText, 'config attribute');
      for (const layer of [json, text]) if (!layer.ok) problems.push(...layer.problems);
      // A framework that knows only attributes may hand the property the attribute's JSON text.
      const { config } = this;
      const property: Validated<unknown> =
        typeof config === 'string' ? parseJsonText(config, 'config') : { ok: true, value: config ?? undefined };
      if (!property.ok) problems.push(...property.problems);
      const hostLayers = [json, text, property].map((layer) => plain(layer.ok ? layer.value : undefined));
      const layers = [
        // The server cannot see light-DOM content, so the hydrating render must not either.
        this.matchingServer ? undefined : this.lightDomConfig(),
        ...hostLayers,
        attributeLayer(this.table, (property) => this[property as keyof this]),
      ];
      const defaults = this.defaultConfig(hostLayers);
      // Complete defaults are the library's own data, tested against the schema; only what a
      // host adds is a boundary.
      const result: Validated<Config> = validate(
        this.completeDefaults && layers.every(isEmptyLayer) ? undefined : this.configSchema,
        mergeConfig(defaults, ...layers),
      );
      if (!result.ok) problems.push(...result.problems);
      if (result.ok && problems.length === 0) {
        this.problems = [];
        this.reportedProblems = '';
        this.settings = result.value;
        this.settingsChanged(result.value);
        return;
      }
    } catch (error) {
      problems = [{ path: '(config)', message: `could not be read (${describeError(error)})` }];
    }
    this.problems = problems;
    this.report('config', 'The configuration is not valid.', problems);
  }

  /** Reports each distinct set of problems once, however often the element updates. */
  private report(source: ErrorSource, message: string, problems: ConfigProblem[]): void {
    const key = JSON.stringify(problems);
    if (key === this.reportedProblems) return;
    this.reportedProblems = key;
    this.reportError(source, message, problems);
  }

  /** Tells the host page what went wrong, without throwing into it. */
  protected reportError(source: ErrorSource, message: string, problems: ConfigProblem[] = []): void {
    emit(this, 'ops-error', { element: this.localName, source, message, problems });
  }

  protected override render(): unknown {
    return html`${this.problems.length ? this.renderProblems(this.problems) : nothing}${this.settings ? this.renderContent(this.settings) : nothing}`;
  }

  /**
   * Lit runs the whole update (willUpdate, render, updated, controllers) from `scheduleUpdate`; an
   * exception anywhere in it would become an unhandled rejection in the host page and
   * leave a blank or stale box. It is reported instead, and the alert replaces the content.
   */
  protected override scheduleUpdate(): void | Promise<void> {
    // The first render waits for a later task. Otherwise the script's evaluation and the
    // first render of every element on the page run as one long task, and the page cannot
    // respond (or paint) until all of them are done. Hydration keeps Lit's timing.
    if (this.hasUpdated || this.hydrating) return this.guardedUpdate();
    return renderLater(() => this.guardedUpdate());
  }

  private guardedUpdate(): void {
    try {
      super.scheduleUpdate();
    } catch (error) {
      const problems = [{ path: '(render)', message: describeError(error) }];
      this.report('render', 'The widget failed to render.', problems);
      try {
        litRender(this.renderProblems(problems), this.renderRoot, this.renderOptions);
      } catch {
        // A shadow root that cannot even show the alert has nothing left to give.
      }
    }
  }

  /**
   * Adopted style sheets belong to one document: moved into another (an iframe) and back,
   * the shadow root loses them. Re-adopt, with sheets made in the element's new document.
   */
  adoptedCallback(): void {
    try {
      const view = this.ownerDocument.defaultView!;
      (this.renderRoot as ShadowRoot).adoptedStyleSheets = (this.constructor as typeof LitElement).elementStyles.map((style) => {
        const sheet = new view.CSSStyleSheet();
        sheet.replaceSync((style as CSSResult).cssText);
        return sheet;
      });
    } catch {
      // Styles are cosmetic; a document that refuses them (or has no window) must not break the element.
    }
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
