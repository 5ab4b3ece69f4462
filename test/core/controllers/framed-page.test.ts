import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { FramedPageController } from '../../../src/core/controllers/framed-page.js';
import { TestHost } from './controller-host.js';
import { countMessageListeners } from './window-listeners.js';

const PAGE = `${location.origin}/test/fixtures/fake-scheduler.html`;

/** Posts a message to this page from inside the frame, as the framed site would. */
function postFromFrame(frame: HTMLIFrameElement, message: unknown): void {
  const frameWindow = frame.contentWindow as Window & { Function: FunctionConstructor };
  new frameWindow.Function('message', 'parent.postMessage(message, "*")')(message);
}

async function loadedFrame(): Promise<HTMLIFrameElement> {
  const frame = await fixture<HTMLIFrameElement>(html`<iframe title="A framed page" src=${PAGE}></iframe>`);
  await waitUntil(() => frame.contentDocument?.readyState === 'complete' && frame.contentDocument.body, 'frame did not load');
  return frame;
}

describe('FramedPageController', () => {
  it('listens to window messages only while a frame is open and the host connected', async () => {
    await countMessageListeners((counts) => {
      const host = new TestHost();
      const framed = new FramedPageController(
        host,
        () => null,
        () => {},
      );
      host.connect();
      expect(counts.added, 'before a frame exists').to.equal(0);
      framed.open(PAGE);
      expect(counts).to.deep.equal({ added: 1, removed: 0 });
      framed.open(`${PAGE}?again`);
      expect(counts.added, 'one listener for a reloaded frame').to.equal(1);
      host.disconnect();
      expect(counts.removed).to.equal(1);
      host.connect();
      expect(counts.added).to.equal(2);
      framed.close();
      expect(counts.removed).to.equal(2);
      host.disconnect();
      host.connect();
      expect(counts.added, 'no frame, no listener').to.equal(2);
    });
  });

  it('keeps its URL until opened with another one, and asks the host to render each change', () => {
    const host = new TestHost();
    const framed = new FramedPageController(
      host,
      () => null,
      () => {},
    );
    framed.open(PAGE);
    framed.frameLoaded();
    framed.open(PAGE);
    expect(framed.url).to.equal(PAGE);
    expect(framed.loaded, 'same URL, same frame').to.equal(true);
    framed.open(`${PAGE}?b`);
    expect(framed.loaded, 'a new URL loads again').to.equal(false);
    expect(host.updates).to.equal(3);
  });

  it('passes on only messages from its frame, sent from the frame URL origin', async () => {
    const frame = await loadedFrame();
    const received: unknown[] = [];
    const host = new TestHost();
    const framed = new FramedPageController(
      host,
      () => frame,
      (data) => received.push(data),
    );
    host.connect();
    framed.open(PAGE);
    window.postMessage('from this page', '*');
    postFromFrame(frame, 'from the frame');
    await waitUntil(() => received.length > 0);
    expect(received).to.deep.equal(['from the frame']);

    framed.open('https://scheduler.example/other-origin');
    // Added after the controller's listener, so it hears the message after the controller did.
    const delivered = new Promise((resolve) => window.addEventListener('message', resolve, { once: true }));
    postFromFrame(frame, 'origin does not match');
    await delivered;
    framed.open(PAGE);
    postFromFrame(frame, 'matches again');
    await waitUntil(() => received.length > 1);
    expect(received).to.deep.equal(['from the frame', 'matches again']);
    framed.close();
  });
});
