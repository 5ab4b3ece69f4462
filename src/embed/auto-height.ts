/**
 * Tells the page around a hosted widget how tall it is, every time that changes, in the
 * conventions embed wrappers already understand:
 * - iframe-resizer v4: after the parent's `[iFrameSizer]<id>:…` init message, answers
 *   `[iFrameSizer]<id>:<height>:<width>:init` and then `…:resize`, to that parent's origin only;
 * - embed.ly / Iframely: `{"src": location.href, "context": "iframe.resize", "height": N}`;
 * - WordPress: `{message: 'height', value: N, secret}` when the URL carries `#?secret=…`.
 * The height is not private, so the last two go to any parent, as those wrappers expect.
 */

const RESIZER_PREFIX = '[iFrameSizer]';

export interface HeightReporter {
  /** Sends the current size now, even if unchanged. */
  report(): void;
  stop(): void;
}

function measure(): { height: number; width: number } {
  // The body has no margin on the hosted pages, so its box is the content.
  const box = document.body.getBoundingClientRect();
  return { height: Math.ceil(box.height), width: Math.ceil(box.width) };
}

export function wordpressSecret(hash: string): string | undefined {
  return /[#&?]secret=([\w-]+)/.exec(hash)?.[1];
}

export function startHeightReporter(target: Window = window.parent): HeightReporter {
  if (target === window) return { report() {}, stop() {} };
  let resizer: { id: string; origin: string } | undefined;
  let last = -1;
  const secret = wordpressSecret(location.hash);

  const send = (type: 'init' | 'resize') => {
    const { height, width } = measure();
    last = height;
    if (resizer) target.postMessage(`${RESIZER_PREFIX}${resizer.id}:${height}:${width}:${type}`, resizer.origin);
    target.postMessage(JSON.stringify({ src: location.href, context: 'iframe.resize', height }), '*');
    if (secret) target.postMessage({ message: 'height', value: height, secret }, '*');
  };

  const onMessage = (event: MessageEvent) => {
    if (event.source !== target || typeof event.data !== 'string' || !event.data.startsWith(RESIZER_PREFIX)) return;
    const id = event.data.slice(RESIZER_PREFIX.length).split(':')[0];
    if (!id) return;
    // A sandboxed parent has the opaque origin "null", which postMessage cannot target.
    resizer = { id, origin: event.origin === 'null' ? '*' : event.origin };
    send('init');
  };

  const observer = new ResizeObserver(() => {
    if (Math.ceil(document.body.getBoundingClientRect().height) !== last) send('resize');
  });
  observer.observe(document.body);
  window.addEventListener('message', onMessage);
  return {
    report: () => send('resize'),
    stop: () => {
      observer.disconnect();
      window.removeEventListener('message', onMessage);
    },
  };
}
