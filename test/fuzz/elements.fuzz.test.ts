import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import { attributeName } from '../../src/core/attributes.js';
import type { OpsElement } from '../../src/core/ops-element.js';
import { anyValue, configsNear, hostileString } from './hostile-input.js';

type Element_ = OpsElement<unknown> & { defaultConfig(layers: unknown[]): unknown };
const TAGS = ['ops-identities', 'ops-vendor-quiz', 'ops-replacement-cost', 'ops-booking-cta'];
/** Runs per element and channel: a few hundred configurations per element in all. */
const RUNS = { property: 70, json: 40, attributes: 40, live: 15 };
const LIVE_STEPS = 4;
const SEED = Number(new URLSearchParams(location.search).get('seed')) || Date.now() % 1_000_000;

/** Markup or a URL that could only have come from a configuration string. */
function injected(root: ShadowRoot): string[] {
  const found: string[] = [];
  for (const node of root.querySelectorAll('*')) {
    if (/^(img|script|object|embed|style|link|meta|base)$/.test(node.localName)) found.push(`<${node.localName}>`);
    for (const { name, value } of node.attributes) {
      if (name.startsWith('on')) found.push(`${node.localName}[${name}]`);
      if (/^(href|src|action|formaction|data)$/.test(name) && /^\s*(javascript|data|vbscript):/i.test(value))
        found.push(`${node.localName}[${name}=${value.slice(0, 30)}]`);
    }
  }
  return found;
}

interface Figures {
  tried: number;
  /** Configurations refused with the alert (the rest rendered). */
  refused: number;
  uncaught: number;
  blank: number;
  unreported: number;
  injected: number;
}

describe('fuzzing every element through every configuration channel', function () {
  this.timeout(120_000);
  const uncaught: unknown[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);
  const container = document.createElement('div');
  container.style.width = '360px';
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    document.body.append(container);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    container.remove();
    history.replaceState(null, '', location.pathname + location.search);
    localStorage.clear();
  });

  for (const tag of TAGS) {
    it(`<${tag}>: never throws into the page, never a blank box, never markup from text`, async () => {
      const figures: Figures = { tried: 0, refused: 0, uncaught: 0, blank: 0, unreported: 0, injected: 0 };
      const examples: string[] = [];
      const probe = document.createElement(tag) as Element_;
      // The booking element needs a scheduler address to show anything but the alert.
      const needed = tag === 'ops-booking-cta' ? { href: `${location.origin}/test/fixtures/fake-scheduler.html` } : undefined;
      const defaults = { ...(probe.defaultConfig([]) as object), ...needed };
      const attributeNames = Object.keys((probe.constructor as typeof OpsElement).attributeTable).map(attributeName);
      let errors = 0;
      const countError = () => errors++;

      const check = async (el: Element_, what: () => string) => {
        figures.tried++;
        const before = uncaught.length;
        try {
          await el.updateComplete;
        } catch (error) {
          uncaught.push(error);
        }
        await new Promise((resolve) => setTimeout(resolve));
        const root = el.shadowRoot!;
        const problems: string[] = [];
        if (uncaught.length > before) (figures.uncaught++, problems.push(`uncaught ${String(uncaught.at(-1))}`));
        if (!(el.getBoundingClientRect().height > 0)) (figures.blank++, problems.push('blank box'));
        if (root.querySelector('[role="alert"]')) figures.refused++;
        if (root.querySelector('[role="alert"]') && errors === 0)
          (figures.unreported++, problems.push('alert without ops-error'));
        const markup = injected(root);
        if (markup.length || (window as { __pwned?: unknown }).__pwned)
          (figures.injected++, problems.push(`injected ${markup.join(' ')}`));
        if (problems.length && examples.length < 5) examples.push(`${problems.join('; ')} — ${what().slice(0, 300)}`);
        uncaught.length = before;
      };
      const mount = (el: Element_) => {
        errors = 0;
        el.addEventListener('ops-error', countError);
        container.append(el);
      };
      const describe = (value: unknown) => {
        try {
          return JSON.stringify(value) ?? String(value);
        } catch {
          // A hostile object can refuse even this (a Proxy whose every trap throws).
          try {
            return Object.prototype.toString.call(value);
          } catch {
            return '(an object that refuses to be read)';
          }
        }
      };

      // The `config` property, set before the element is connected.
      for (const config of fc.sample(configsNear(defaults), { numRuns: RUNS.property, seed: SEED })) {
        const el = document.createElement(tag) as Element_;
        el.config = config;
        mount(el);
        await check(el, () => `config = ${describe(config)}`);
        el.remove();
      }
      // A JSON child: near-valid JSON, or text that is not JSON at all.
      const jsonText = fc.oneof(
        configsNear(defaults, fc.oneof(fc.jsonValue({ maxDepth: 2 }), hostileString)).map((value) => JSON.stringify(value) ?? ''),
        hostileString,
      );
      for (const text of fc.sample(jsonText, { numRuns: RUNS.json, seed: SEED })) {
        const el = document.createElement(tag) as Element_;
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = text;
        el.config = needed;
        el.append(script);
        mount(el);
        await check(el, () => `JSON child ${text}`);
        el.remove();
      }
      // Attributes, each set to hostile text.
      const attributeSets = fc.array(fc.tuple(fc.constantFrom(...attributeNames), hostileString), { minLength: 1, maxLength: 4 });
      for (const set of fc.sample(attributeSets, { numRuns: RUNS.attributes, seed: SEED })) {
        const el = document.createElement(tag) as Element_;
        el.config = needed;
        for (const [name, value] of set) el.setAttribute(name, value);
        mount(el);
        await check(el, () => `attributes ${describe(set)}`);
        el.remove();
      }
      // Live changes on a connected element, through any channel, one after another.
      const change = fc.oneof(
        configsNear(defaults).map((config) => ['config', config] as const),
        fc.tuple(fc.constantFrom(...attributeNames), fc.option(hostileString)).map((pair) => ['attribute', pair] as const),
        anyValue.map((value) => ['json', describe(value)] as const),
      );
      for (const steps of fc.sample(fc.array(change, { minLength: LIVE_STEPS, maxLength: LIVE_STEPS }), {
        numRuns: RUNS.live,
        seed: SEED,
      })) {
        const el = document.createElement(tag) as Element_;
        el.config = needed;
        mount(el);
        await el.updateComplete;
        const done: string[] = [];
        for (const [channel, value] of steps) {
          if (channel === 'config') el.config = value;
          else if (channel === 'attribute')
            value[1] === null ? el.removeAttribute(value[0]) : el.setAttribute(value[0], value[1]);
          else {
            el.querySelector('script')?.remove();
            const script = document.createElement('script');
            script.type = 'application/json';
            script.textContent = value;
            el.append(script);
          }
          done.push(`${channel} ${describe(value).slice(0, 80)}`);
          await check(el, () => `live: ${done.join(' → ')}`);
        }
        el.remove();
      }
      localStorage.clear();
      history.replaceState(null, '', location.pathname);
      console.log(`fuzz <${tag}> seed ${SEED}: ${JSON.stringify(figures)}`);
      expect(
        { ...figures, tried: undefined, refused: undefined },
        `seed ${SEED}; examples:\n${examples.join('\n')}`,
      ).to.deep.equal({
        tried: undefined,
        refused: undefined,
        uncaught: 0,
        blank: 0,
        unreported: 0,
        injected: 0,
      });
    });
  }
});
