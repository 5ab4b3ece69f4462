import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readStored, removeStored, writeStored } from '../storage.js';

/** How a value is turned into stored text and back; `parse` returns null for anything unusable. */
export interface StoredFormat<T> {
  parse(raw: string): T | null;
  serialize(value: T): string;
}

/**
 * A value kept in localStorage under a key the host chooses, so that it survives a
 * reload. Given `current`, the controller stores what it returns after every host
 * update (only when the stored text would change); null leaves the stored value alone.
 *
 * Never throws: blocked, full or throwing storage and corrupt or stale text all read
 * as "nothing stored", and a write that fails leaves the host working as before.
 */
export class StoredProgressController<T> implements ReactiveController {
  private key = '';
  /** The text last read or written under `key`, so unchanged values are not written again. */
  private stored: string | null = null;
  private readonly format: StoredFormat<T>;
  private readonly current: (() => T | null) | undefined;

  constructor(host: ReactiveControllerHost, format: StoredFormat<T>, current?: () => T | null) {
    this.format = format;
    this.current = current;
    host.addController(this);
  }

  /** Switches to `key` (empty: keep nothing) and returns the value stored there, or null. */
  open(key: string): T | null {
    this.key = key;
    this.stored = key ? readStored(key) : null;
    try {
      return this.stored === null ? null : this.format.parse(this.stored);
    } catch {
      return null;
    }
  }

  save(value: T): void {
    if (!this.key) return;
    try {
      const text = this.format.serialize(value);
      if (text !== this.stored && writeStored(this.key, text)) this.stored = text;
    } catch {
      // A value that cannot be serialised is simply not kept.
    }
  }

  clear(): void {
    if (this.key) removeStored(this.key);
    this.stored = null;
  }

  hostUpdated(): void {
    let value: T | null | undefined;
    try {
      value = this.current?.();
    } catch {
      return;
    }
    if (value !== null && value !== undefined) this.save(value);
  }
}
