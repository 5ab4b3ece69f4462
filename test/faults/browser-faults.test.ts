import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { ClipboardController } from '../../src/core/controllers/clipboard.js';
import { readStored, removeStored, writeStored } from '../../src/core/storage.js';

const TAGS = ['ops-identities', 'ops-vendor-quiz', 'ops-replacement-cost', 'ops-booking-cta'];
const FAKE = `${location.origin}/test/fixtures/fake-scheduler.html`;

/** Replaces a property of an object for one test; returns the undo. */
function replace(target: object, name: string, descriptor: PropertyDescriptor): () => void {
  const own = Object.getOwnPropertyDescriptor(target, name);
  Object.defineProperty(target, name, { configurable: true, ...descriptor });
  return () => (own ? Object.defineProperty(target, name, own) : delete (target as Record<string, unknown>)[name]);
}

const uncaught: unknown[] = [];
const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);
const restores: (() => void)[] = [];
beforeEach(() => {
  uncaught.length = 0;
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});
afterEach(async () => {
  // Rejections are reported a task later.
  await new Promise((resolve) => setTimeout(resolve, 10));
  while (restores.length) restores.pop()!();
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  expect(uncaught.map(String), 'uncaught errors').to.deep.equal([]);
});

const shown = (el: Element) => el.getBoundingClientRect().height > 0 && el.shadowRoot!.querySelector('.card, [role="alert"]');

/** Starts the quiz and answers the first question, so progress is written. */
async function answerFirst(el: HTMLElement & { updateComplete: Promise<unknown> }): Promise<void> {
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')?.click();
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')?.click();
  await el.updateComplete;
}

describe('faults: storage', () => {
  const securityError = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  const quotaError = () => {
    throw new DOMException('Quota exceeded', 'QuotaExceededError');
  };
  const stores: Record<string, () => PropertyDescriptor> = {
    'access throws SecurityError': () => ({ get: securityError }),
    'is null': () => ({ value: null }),
    'methods throw': () => ({ value: { getItem: securityError, setItem: quotaError, removeItem: securityError } }),
    'is full': () => ({ value: { getItem: () => null, setItem: quotaError, removeItem: () => {} } }),
    'holds corrupt data': () => ({
      value: { getItem: () => '{"answers": [1, {"__proto__": 2}, "', setItem: () => {}, removeItem: () => {} },
    }),
    'holds wrong-shaped data': () => ({
      value: { getItem: () => '{"vendor": 5, "answers": {"x": {"y": 1}}, "step": -9}', setItem: () => {}, removeItem: () => {} },
    }),
  };
  for (const [name, store] of Object.entries(stores)) {
    it(`storage that ${name}: the helpers answer quietly and the quiz still runs and saves`, async () => {
      restores.push(replace(window, 'localStorage', store()));
      expect(() => [readStored('k'), writeStored('k', 'v'), removeStored('k')]).to.not.throw();
      const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<ops-vendor-quiz></ops-vendor-quiz>`);
      expect(shown(el)).to.be.ok;
      await answerFirst(el);
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      expect(shown(el)).to.be.ok;
    });
  }
});

describe('faults: other browser APIs', () => {
  it('history.replaceState that throws: the calculator with sync-url keeps calculating', async () => {
    restores.push(
      replace(history, 'replaceState', {
        value: () => {
          throw new DOMException('rate limited', 'SecurityError');
        },
      }),
    );
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
      html`<ops-replacement-cost sync-url locale="en-US"></ops-replacement-cost>`,
    );
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#field-pipelines')!;
    const calculated = new Promise((resolve) => el.addEventListener('ops-calculate', resolve, { once: true }));
    input.value = '9';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await calculated;
    expect(shown(el)).to.be.ok;
  });

  it('no IntersectionObserver: the inline scheduler still renders', async () => {
    restores.push(replace(window, 'IntersectionObserver', { value: undefined }));
    const el = await fixture(html`<ops-booking-cta href=${FAKE} mode="inline"></ops-booking-cta>`);
    expect(shown(el)).to.be.ok;
  });
});

describe('faults: clipboard (ClipboardController)', () => {
  const host = () => {
    const updates = { count: 0 };
    const controller = new ClipboardController({
      addController: () => {},
      removeController: () => {},
      requestUpdate: () => updates.count++,
      updateComplete: Promise.resolve(true),
    });
    return { controller, updates };
  };
  const clipboards: Record<string, () => PropertyDescriptor> = {
    'is missing': () => ({ value: undefined }),
    'throws on access': () => ({
      get: () => {
        throw new Error('blocked');
      },
    }),
    rejects: () => ({ value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } }),
    'throws synchronously': () => ({
      value: {
        writeText: () => {
          throw new Error('sync');
        },
      },
    }),
    'never settles': () => ({ value: { writeText: () => new Promise(() => {}) } }),
  };
  for (const [name, clipboard] of Object.entries(clipboards)) {
    it(`a clipboard that ${name} gives the manual fallback within a second, and never rejects`, async () => {
      restores.push(replace(navigator, 'clipboard', clipboard()));
      const { controller, updates } = host();
      const started = performance.now();
      expect(await controller.copy('the text')).to.equal('manual');
      expect(performance.now() - started).to.be.below(1500);
      expect(controller.manualText).to.equal('the text');
      expect(updates.count).to.be.greaterThan(0);
    });
  }

  it('a copy command that throws leaves the selected text, without throwing', () => {
    restores.push(
      replace(document, 'execCommand', {
        value: () => {
          throw new Error('nope');
        },
      }),
    );
    const { controller } = host();
    controller.manualText = 'x';
    controller.state = 'manual';
    expect(() => controller.tryCopyCommand()).to.not.throw();
    expect(controller.state).to.equal('manual');
  });

  it('a working clipboard copies', async () => {
    let written = '';
    restores.push(replace(navigator, 'clipboard', { value: { writeText: async (text: string) => void (written = text) } }));
    const { controller } = host();
    expect(await controller.copy('abc')).to.equal('copied');
    expect(written).to.equal('abc');
  });
});

describe('faults: many elements', function () {
  this.timeout(60_000);

  it('100 instances of each element render, each with content', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="width: 360px"></div>`);
    for (const tag of TAGS) {
      for (let index = 0; index < 100; index++) {
        const el = document.createElement(tag);
        if (tag === 'ops-booking-cta') el.setAttribute('href', FAKE);
        if (tag === 'ops-vendor-quiz') el.setAttribute('no-save', '');
        page.append(el);
      }
    }
    await Promise.all([...page.children].map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    const empty = [...page.children].filter((el) => !shown(el)).map((el) => el.localName);
    expect(empty).to.deep.equal([]);
    expect(page.querySelectorAll('*')).to.have.length(400);
  });

  it('creating and removing 2,000 elements leaves no listeners behind on window or document', async () => {
    const live = new Map<EventTarget, number>([
      [window, 0],
      [document, 0],
    ]);
    let peak = 0;
    const originals = { add: EventTarget.prototype.addEventListener, remove: EventTarget.prototype.removeEventListener };
    EventTarget.prototype.addEventListener = function (this: EventTarget, ...args: Parameters<EventTarget['addEventListener']>) {
      if (live.has(this)) live.set(this, live.get(this)! + 1);
      peak = Math.max(peak, live.get(window)!);
      return originals.add.apply(this, args);
    };
    EventTarget.prototype.removeEventListener = function (
      this: EventTarget,
      ...args: Parameters<EventTarget['removeEventListener']>
    ) {
      if (live.has(this)) live.set(this, live.get(this)! - 1);
      return originals.remove.apply(this, args);
    };
    const cycle = async (count: number) => {
      const page = document.createElement('div');
      // Hidden: this is about listeners, and laying out thousands of widgets between their
      // render tasks would only make the test slow.
      page.hidden = true;
      document.body.append(page);
      for (let index = 0; index < count; index++) {
        const el = document.createElement(TAGS[index % TAGS.length]!);
        if (el.localName === 'ops-booking-cta') el.setAttribute('href', FAKE);
        if (el.localName === 'ops-vendor-quiz') el.setAttribute('no-save', '');
        page.append(el);
        if (index % 100 === 99) await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      }
      await Promise.all(
        [...page.children].map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete),
      );
      page.remove();
      await new Promise((resolve) => setTimeout(resolve));
    };
    try {
      await cycle(TAGS.length);
      const afterOne = [...live.values()];
      await cycle(2000);
      expect([...live.values()], 'net listeners on [window, document]').to.deep.equal(afterOne);
      // An inline scheduler listens on window while its frame exists: the count must see that, and its end.
      const framed = document.createElement('ops-booking-cta');
      framed.setAttribute('href', FAKE);
      framed.setAttribute('mode', 'inline');
      document.body.append(framed);
      await waitUntil(() => framed.shadowRoot?.querySelector('iframe'), 'the inline frame loads');
      expect(peak, 'the count sees listeners of connected elements').to.be.greaterThan(afterOne[0]!);
      framed.remove();
      expect([...live.values()], 'the framed element removed its listener').to.deep.equal(afterOne);
    } finally {
      EventTarget.prototype.addEventListener = originals.add;
      EventTarget.prototype.removeEventListener = originals.remove;
    }
  });
});
