import { expect, waitUntil } from '@open-wc/testing';
import { PAGES, closeFrames, frame, nextEvent, pageUrl } from './embed-helpers.js';

afterEach(closeFrames);

// sandbox="allow-scripts" gives the hosted page an opaque origin: to it, this page is another origin.
const CROSS_ORIGIN = { sandbox: 'allow-scripts' };

/** The first message from the frame, at or after `since` (an index into the received messages), that `accept`s. */
async function fromFrame(frame: HTMLIFrameElement, accept: (data: unknown) => boolean, since = 0): Promise<MessageEvent> {
  const find = () => received.slice(since).find((event) => event.source === frame.contentWindow && accept(event.data));
  await waitUntil(find, 'no such message from the frame');
  return find()!;
}

function resizeHeight(data: unknown): number | undefined {
  try {
    const message = typeof data === 'string' ? JSON.parse(data) : undefined;
    return message?.context === 'iframe.resize' ? message.height : undefined;
  } catch {
    return undefined;
  }
}

// Every message from the start: a page may report its height before its frame's load event.
const received: MessageEvent[] = [];
addEventListener('message', (event) => received.push(event));

/** The embed.ly-style heights one frame reported so far. */
function heightsOf(frame: HTMLIFrameElement): { at(index: number): number | undefined; readonly length: number } {
  const heights = () =>
    received.flatMap((event) => (event.source === frame.contentWindow ? (resizeHeight(event.data) ?? []) : []));
  return {
    at: (index) => heights().at(index),
    get length() {
      return heights().length;
    },
  };
}

describe('hosted page height reports to a cross-origin parent', () => {
  it('follow the content as it grows and shrinks (embed.ly / Iframely JSON)', async () => {
    const loaded = await frame(pageUrl('replacement-cost'), CROSS_ORIGIN);
    const heights = heightsOf(loaded);
    await waitUntil(() => heights.length > 0, 'no height reported');
    const wide = heights.at(-1)!;
    // The narrow layout stacks inputs over results: taller.
    loaded.style.width = '340px';
    await waitUntil(() => heights.at(-1)! > wide, 'height did not grow');
    loaded.style.width = '800px';
    await waitUntil(() => heights.at(-1) === wide, 'height did not shrink back');
  });

  it('answers the iframe-resizer v4 init message with init, then resize', async () => {
    const loaded = await frame(pageUrl('booking-cta'), CROSS_ORIGIN);
    const init = fromFrame(loaded, (data) => typeof data === 'string' && data.endsWith(':init'));
    loaded.contentWindow!.postMessage(
      '[iFrameSizer]ops1:8:false:true:32:true:true:null:bodyOffset:null:null:0:false:parent:scroll',
      '*',
    );
    expect((await init).data).to.match(/^\[iFrameSizer\]ops1:\d+:\d+:init$/);
    const resize = fromFrame(
      loaded,
      (data) => typeof data === 'string' && data.startsWith('[iFrameSizer]ops1:') && data.endsWith(':resize'),
      received.length,
    );
    loaded.style.width = '300px';
    const [, height, width, type] = ((await resize).data as string).split(':');
    expect(type).to.equal('resize');
    expect(+width!).to.equal(300);
    expect(+height!).to.be.above(100);
  });

  it('sends WordPress its height with the secret from #?secret=', async () => {
    const loaded = await frame(pageUrl('booking-cta', '#?secret=Ab12cd'), CROSS_ORIGIN);
    const event = await fromFrame(loaded, (data) => (data as { message?: string })?.message === 'height');
    expect(event.data).to.include({ message: 'height', secret: 'Ab12cd' });
    expect(event.data.value).to.be.above(100);
  });

  for (const { slug } of PAGES) {
    it(`${slug}.html runs in a sandbox="allow-scripts" frame (blocked storage and popups) and reports its height`, async () => {
      const errors: string[] = [];
      const loaded = await frame(pageUrl(slug), CROSS_ORIGIN);
      addEventListener('error', (event) => errors.push(event.message));
      // The reporter starts only after the element hydrated and took its query configuration.
      const heights = heightsOf(loaded);
      await waitUntil(() => heights.length > 0, 'no height reported');
      expect(heights.at(-1)).to.be.above(100);
      expect(errors).to.deep.equal([]);
    });
  }
});

describe('dist/embed-parent.js', () => {
  before(async () => {
    const script = document.createElement('script');
    script.src = '/dist/embed-parent.js';
    const loaded = nextEvent(script, 'load');
    document.head.append(script);
    await loaded;
  });

  it('sizes an iframe[data-ops-embed] to the height its page reports', async () => {
    const loaded = await frame(pageUrl('booking-cta'), { 'data-ops-embed': '' });
    const body = loaded.contentDocument!.body;
    await waitUntil(() => loaded.style.height === `${Math.ceil(body.getBoundingClientRect().height)}px`, 'not sized');
    const extra = loaded.contentDocument!.createElement('div');
    extra.style.height = '300px';
    body.append(extra);
    await waitUntil(() => loaded.style.height === `${Math.ceil(body.getBoundingClientRect().height)}px`, 'not resized');
  });

  it('ignores resize messages from frames it does not size', async () => {
    const sized = await frame(pageUrl('booking-cta'), { 'data-ops-embed': '' });
    await waitUntil(() => sized.style.height !== '600px', 'not sized');
    const height = sized.style.height;
    const other = await frame('about:blank');
    const arrived = nextEvent<MessageEvent>(window, 'message', (event) => event.source === other.contentWindow);
    // Same origin, wrong frame: only event.source tells them apart. The message is posted from
    // the other frame's own realm, so that frame is its source.
    const inOther = new (other.contentWindow as Window & typeof globalThis).Function(
      'message',
      'parent.postMessage(message, "*")',
    );
    inOther(JSON.stringify({ src: sized.src, context: 'iframe.resize', height: 1234 }));
    await arrived;
    expect(sized.style.height).to.equal(height);
  });

  it('ignores messages whose origin is not the iframe’s', async () => {
    // The sandboxed frame's src is this origin, but it runs with the opaque origin "null".
    const sandboxed = await frame(pageUrl('booking-cta'), { 'data-ops-embed': '', ...CROSS_ORIGIN });
    await fromFrame(sandboxed, (data) => resizeHeight(data) !== undefined);
    // embed-parent.js listened first, so it has seen this message already.
    expect(sandboxed.style.height).to.equal('600px');
  });
});
