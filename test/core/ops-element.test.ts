import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import * as z from 'zod/mini';
import { textAttribute, attributeProperties } from '../../src/core/attributes.js';
import { CONFIG_LIMITS, toPlainData } from '../../src/core/config.js';
import type { OpsErrorDetail } from '../../src/core/events.js';
import { OpsElement } from '../../src/core/ops-element.js';
import { text } from '../../src/core/schema.js';

const schema = z.object({ title: text(100_000, 1), items: z.optional(z.array(z.unknown())) });
type Settings = z.infer<typeof schema>;
const attributes = { heading: textAttribute('title') };

/** The smallest element on the shared base: shows its title; `boom` makes rendering throw. */
class TestCard extends OpsElement<Settings, Partial<Settings>> {
  static override attributeTable = attributes;
  static override properties = { ...OpsElement.properties, ...attributeProperties(attributes) };
  declare heading: string;
  protected readonly configSchema = schema;
  protected defaultConfig(): unknown {
    return { title: 'Default' };
  }
  protected override updated(): void {
    if (this.heading === 'late') throw new Error('updated exploded');
  }
  protected renderContent(settings: Settings) {
    if (settings.title === 'boom') throw new Error('renderer exploded');
    return litHtml`<div class="card">${settings.title}</div>`;
  }
}
customElements.define('ops-test-card', TestCard);

/** Cycles, getters that throw, Proxies and host objects: what a careless or hostile host may pass. */
function hostileConfigs(): [string, unknown][] {
  const cycle: Record<string, unknown> = { title: 'x' };
  cycle['self'] = cycle;
  const listCycle: unknown[] = [];
  listCycle.push(listCycle);
  let deep: unknown = 'bottom';
  for (let level = 0; level < 5000; level++) deep = { items: [deep] };
  const throwing = Object.defineProperty({}, 'title', {
    enumerable: true,
    get: () => {
      throw new Error('getter');
    },
  });
  const trap = () => {
    throw new Error('trap');
  };
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  return [
    ['a cycle', cycle],
    ['a list that contains itself', { title: 'x', items: listCycle }],
    ['5000 levels of nesting', deep],
    ['a throwing getter', throwing],
    ['a Proxy whose traps throw', new Proxy({}, { ownKeys: trap, get: trap, getPrototypeOf: trap })],
    ['a revoked Proxy', revocable.proxy],
    ['window', window],
    ['a DOM node', { title: document.body }],
    ['a date', { title: new Date() }],
    ['a function', { title: () => 'x' }],
    ['a symbol', { title: Symbol('x') }],
    ['a bigint', { title: 10n }],
    ['a Map', new Map([['title', 'x']])],
    ['too many values', { title: 'x', items: Array.from({ length: CONFIG_LIMITS.values + 1 }, () => 1) }],
    ['a huge sparse list', { title: 'x', items: new Array(2 ** 31) }],
    ['a 100k-character string', { title: 'a'.repeat(100_000) }],
  ];
}

describe('OpsElement robustness', () => {
  const uncaught: unknown[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => expect(uncaught).to.deep.equal([]));

  describe('toPlainData', () => {
    it('copies plain data unchanged and drops prototype-polluting keys', () => {
      const data = JSON.parse('{"a": [1, "two", null, true, {"b": {}}], "__proto__": {"x": 1}}');
      expect(toPlainData(data)).to.deep.equal({ ok: true, value: { a: [1, 'two', null, true, { b: {} }] } });
      const shared = { x: 1 };
      expect(toPlainData({ a: shared, b: shared }).ok, 'a value used twice is not a cycle').to.equal(true);
    });

    it('names where the data goes wrong', () => {
      const cycle: Record<string, unknown> = {};
      cycle['self'] = { back: cycle };
      expect(toPlainData({ list: [0, cycle] })).to.deep.equal({
        ok: false,
        problems: [{ path: 'list[1].self.back', message: 'is nested over 32 levels deep or contains itself' }],
      });
      expect(toPlainData({ node: document.body })).to.deep.equal({
        ok: false,
        problems: [{ path: 'node', message: 'expected plain data, got HTMLBodyElement' }],
      });
    });

    for (const [name, value] of hostileConfigs()) {
      it(`refuses ${name} without throwing`, () => {
        const result = toPlainData(value);
        expect(result.ok).to.equal(false);
        expect(!result.ok && result.problems[0]!.message)
          .to.be.a('string')
          .and.not.equal('');
      });
    }
  });

  for (const [name, value] of hostileConfigs()) {
    it(`reports ${name} as config like any invalid one, keeping the last valid content`, async () => {
      const el = await fixture<TestCard>(html`<ops-test-card heading="Kept"></ops-test-card>`);
      const reported = oneEvent(el, 'ops-error');
      el.config = value as Partial<Settings>;
      const { detail } = (await reported) as CustomEvent<OpsErrorDetail>;
      await el.updateComplete;
      expect(detail.source).to.equal('config');
      expect(detail.problems[0]!.path).to.be.a('string');
      expect(el.shadowRoot!.querySelector('[role="alert"]'), 'visible alert').to.not.equal(null);
      expect(el.shadowRoot!.querySelector('.card')!.textContent).to.equal('Kept');
    });
  }

  it('shows the alert, not a blank box, when nothing valid ever rendered', async () => {
    const cycle: Record<string, unknown> = {};
    cycle['self'] = cycle;
    const el = await fixture<TestCard>(html`<ops-test-card .config=${cycle}></ops-test-card>`);
    expect(el.shadowRoot!.querySelector('.card')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('contains itself');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('reports a render that throws, with the alert as the content, and recovers', async () => {
    const el = await fixture<TestCard>(html`<ops-test-card heading="Fine"></ops-test-card>`);
    const reported = oneEvent(el, 'ops-error');
    el.heading = 'boom';
    const { detail } = (await reported) as CustomEvent<OpsErrorDetail>;
    expect(detail).to.deep.include({ source: 'render', problems: [{ path: '(render)', message: 'renderer exploded' }] });
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
    el.heading = 'Again';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.card')!.textContent).to.equal('Again');
  });

  it('reports an exception thrown after rendering (in updated) without throwing into the page', async () => {
    const el = await fixture<TestCard>(html`<ops-test-card heading="Fine"></ops-test-card>`);
    const reported = oneEvent(el, 'ops-error');
    el.heading = 'late';
    const { detail } = (await reported) as CustomEvent<OpsErrorDetail>;
    expect(detail.problems).to.deep.equal([{ path: '(render)', message: 'updated exploded' }]);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
  });

  it('keeps its styles when moved into another document and back', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const el = await fixture<TestCard>(html`<ops-test-card></ops-test-card>`);
    const card = () => el.shadowRoot!.querySelector('.card')!;
    const radius = getComputedStyle(card()).borderTopLeftRadius;
    expect(radius).to.not.equal('0px');
    frame.contentDocument!.body.append(el);
    await el.updateComplete;
    expect(frame.contentWindow!.getComputedStyle(card()).borderTopLeftRadius, 'in the iframe').to.equal(radius);
    document.body.append(el);
    expect(getComputedStyle(card()).borderTopLeftRadius, 'back home').to.equal(radius);
    frame.remove();
    el.remove();
  });
});
