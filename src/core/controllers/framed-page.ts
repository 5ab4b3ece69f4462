import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A page of another site shown in an iframe, and the messages it posts to this page.
 * The URL is fixed when the frame is opened, so later changes on this page do not
 * reload it; only `open()` with another URL does. The window `message` listener exists
 * only while a frame is open and the host connected, and passes on only messages whose
 * source is that frame's window and whose origin is the frame URL's origin.
 */
export class FramedPageController implements ReactiveController {
  /** The URL the frame shows, or null while there is no frame. */
  url: string | null = null;
  /** Whether the frame has finished loading its URL. */
  loaded = false;
  #listening = false;
  #host: ReactiveControllerHost;
  #frame: () => HTMLIFrameElement | null | undefined;
  #onMessage: (data: unknown, url: string) => void;

  /** `frame` finds the iframe the host renders for `url`. */
  constructor(
    host: ReactiveControllerHost,
    frame: () => HTMLIFrameElement | null | undefined,
    onMessage: (data: unknown, url: string) => void,
  ) {
    this.#host = host;
    this.#frame = frame;
    this.#onMessage = onMessage;
    host.addController(this);
  }

  open(url: string): void {
    if (url === this.url) return;
    this.url = url;
    this.loaded = false;
    this.#listen(true);
    this.#host.requestUpdate();
  }

  /**
   * Shows another URL in a new frame: the host renders no frame, then one for `url`.
   * Changing a loaded frame's src instead would add an entry to the page's history.
   */
  async reload(url: string): Promise<void> {
    this.close();
    await this.#host.updateComplete;
    this.open(url);
  }

  close(): void {
    this.url = null;
    this.#listen(false);
    this.#host.requestUpdate();
  }

  /** For the iframe's `load` event. */
  readonly frameLoaded = (): void => {
    this.loaded = true;
    this.#host.requestUpdate();
  };

  hostConnected(): void {
    this.#listen(this.url !== null);
  }

  hostDisconnected(): void {
    this.#listen(false);
  }

  #listen(on: boolean): void {
    if (on === this.#listening) return;
    this.#listening = on;
    if (on) window.addEventListener('message', this.#receive);
    else window.removeEventListener('message', this.#receive);
  }

  readonly #receive = (event: MessageEvent): void => {
    const frame = this.#frame();
    const url = this.url;
    if (!frame || !url || event.source !== frame.contentWindow || event.origin !== new URL(url).origin) return;
    this.#onMessage(event.data, url);
  };
}
