import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type CopyState = 'idle' | 'copied' | 'manual';

/** How long a clipboard that neither copies nor refuses is waited for before the manual fallback shows. */
const PATIENCE_MS = 1000;

/**
 * Copies text for the reader. The Clipboard API can be missing (plain http), refuse
 * (permissions, sandboxed frames), throw, or never settle; in every such case the text
 * is offered in `manualText` to be shown selected in a field, so the reader can copy it
 * themselves. Never rejects.
 */
export class ClipboardController implements ReactiveController {
  state: CopyState = 'idle';
  /** Set when the reader has to copy by hand. */
  manualText = '';
  private readonly host: ReactiveControllerHost;
  private attempt = 0;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.reset();
  }

  reset(): void {
    this.attempt++;
    this.state = 'idle';
    this.manualText = '';
    this.host.requestUpdate();
  }

  async copy(text: string): Promise<CopyState> {
    this.reset();
    const attempt = this.attempt;
    let copied: boolean;
    try {
      copied = await Promise.race([
        navigator.clipboard.writeText(text).then(() => true),
        new Promise<boolean>((resolve) => setTimeout(resolve, PATIENCE_MS, false)),
      ]);
    } catch {
      copied = false;
    }
    if (attempt !== this.attempt) return this.state;
    this.state = copied ? 'copied' : 'manual';
    this.manualText = copied ? '' : text;
    this.host.requestUpdate();
    return this.state;
  }

  /** After the manual field is rendered and selected: a last try with the older copy command. */
  tryCopyCommand(): void {
    try {
      if (document.execCommand('copy')) this.state = 'copied';
    } catch {
      // Nothing more to try: the selected text stays for the reader.
    }
    this.host.requestUpdate();
  }
}
