import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Where state lives in the page URL. The fragment is the default because browsers never
 * send it to a server; the query string only when the site owner asks for it.
 */
export type UrlPlace = 'fragment' | 'query';

/**
 * Reads and writes state as URL parameters, so a result can be shared as a link. It
 * knows nothing of what the parameters mean: the host encodes and decodes them.
 * Writing replaces the history entry (no new back-button step) and never throws:
 * sandboxed frames and rate limits can refuse, and the host works without it.
 */
export class UrlStateController implements ReactiveController {
  /** Where the parameters are read and written. */
  place: UrlPlace = 'fragment';

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  // Nothing to set up: the URL is read when the host asks, so a host can read it before its first render.
  hostConnected(): void {}

  /** The parameters in the current URL at `place`. */
  read(): URLSearchParams {
    return new URLSearchParams(this.place === 'query' ? location.search : location.hash.slice(1));
  }

  /** Replaces the parameters at `place` with what `update` makes of them; false if the browser refused. */
  write(update: (current: URLSearchParams) => URLSearchParams): boolean {
    try {
      const url = new URL(location.href);
      // A bare name (an anchor such as `#top`) is written back bare, not as `top=`.
      const text = update(this.read())
        .toString()
        .replace(/=(?=&|$)/g, '');
      if (this.place === 'query') url.search = text;
      else url.hash = text;
      history.replaceState(history.state, '', url);
      return true;
    } catch {
      return false;
    }
  }
}
