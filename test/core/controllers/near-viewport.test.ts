import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { NearViewportController } from '../../../src/core/controllers/near-viewport.js';
import { TestHost } from './controller-host.js';

/** Resolves once an observer created now has reported on `element`: every observer created before it has too. */
const observersReported = (element: Element, rootMargin: string) =>
  new Promise<void>((resolve) => {
    const sentinel = new IntersectionObserver(() => (sentinel.disconnect(), resolve()), { rootMargin });
    sentinel.observe(element);
  });

async function farBelow(): Promise<HTMLElement> {
  const page = await fixture<HTMLDivElement>(
    html`<div>
      <div style="height: 5000px"></div>
      <p>target</p>
    </div>`,
  );
  return page.querySelector('p')!;
}

describe('NearViewportController', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('calls back once, when the element comes near the viewport, not before', async () => {
    const target = await farBelow();
    let calls = 0;
    const near = new NearViewportController(new TestHost(), () => calls++, '100px 0px');
    near.watch(target);
    await observersReported(target, '100px 0px');
    expect(calls, 'far from the viewport').to.equal(0);
    target.scrollIntoView();
    await waitUntil(() => calls > 0, 'not called when scrolled near');
    window.scrollTo(0, 0);
    target.scrollIntoView();
    await observersReported(target, '100px 0px');
    expect(calls).to.equal(1);
  });

  it('calls back at once when IntersectionObserver is missing', async () => {
    const target = await farBelow();
    const original = window.IntersectionObserver;
    let calls = 0;
    try {
      (window as { IntersectionObserver?: unknown }).IntersectionObserver = undefined;
      new NearViewportController(new TestHost(), () => calls++).watch(target);
    } finally {
      window.IntersectionObserver = original;
    }
    expect(calls).to.equal(1);
  });

  it('does not call back after stop(), nor while the host is disconnected, and watches again when asked after reconnecting', async () => {
    const target = await farBelow();
    let calls = 0;
    const host = new TestHost();
    const near = new NearViewportController(host, () => calls++, '0px');
    near.watch(target);
    near.stop();
    target.scrollIntoView();
    await observersReported(target, '0px');
    expect(calls, 'after stop').to.equal(0);

    window.scrollTo(0, 0);
    near.watch(target);
    host.disconnect();
    target.scrollIntoView();
    await observersReported(target, '0px');
    expect(calls, 'while disconnected').to.equal(0);
    host.connect();
    near.watch(target);
    await waitUntil(() => calls === 1, 'not called after reconnecting');
  });
});
