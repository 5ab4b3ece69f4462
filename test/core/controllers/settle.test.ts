import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import { SettleController } from '../../../src/core/controllers/settle.js';

/** The smallest host a controller needs. */
const host = (): ReactiveControllerHost => ({
  addController() {},
  removeController() {},
  requestUpdate() {},
  updateComplete: Promise.resolve(true),
});

const DELAY = 80;

describe('SettleController', () => {
  it('runs once for a burst of changes closer together than the settle time', async () => {
    const calls: number[] = [];
    const settle = new SettleController(host(), () => calls.push(calls.length + 1), DELAY);
    for (let key = 0; key < 5; key++) {
      settle.schedule();
      await aTimeout(DELAY / 4);
    }
    await waitUntil(() => calls.length === 1, 'settled', { timeout: 2000 });
    // A second burst is the sentinel: if the first had run more than once, this would read 3 or more.
    settle.schedule();
    await waitUntil(() => calls.length >= 2, 'settled again', { timeout: 2000 });
    expect(calls).to.deep.equal([1, 2]);
  });

  it('waits for the pause, not for the first change', async () => {
    const started = performance.now();
    let ranAt = 0;
    const settle = new SettleController(host(), () => (ranAt = performance.now()), DELAY);
    settle.schedule();
    await aTimeout(DELAY / 2);
    settle.schedule();
    const lastChange = performance.now();
    await waitUntil(() => ranAt > 0, 'settled', { timeout: 2000 });
    expect(ranAt - lastChange).to.be.at.least(DELAY - 5);
    expect(ranAt - started).to.be.at.least(DELAY * 1.5 - 5);
  });

  it('cancels the pending call when the host disconnects', async () => {
    const calls: string[] = [];
    const leaving = new SettleController(host(), () => calls.push('leaving'), DELAY);
    leaving.schedule();
    leaving.hostDisconnected();
    expect(leaving.pending).to.equal(false);
    // Scheduled after the cancelled one with the same delay, so it would run second.
    const sentinel = new SettleController(host(), () => calls.push('sentinel'), DELAY);
    sentinel.schedule();
    await waitUntil(() => calls.length > 0, 'sentinel', { timeout: 2000 });
    await aTimeout(0);
    expect(calls).to.deep.equal(['sentinel']);
  });

  it('registers itself with its host', () => {
    const added: unknown[] = [];
    const controller = new SettleController({ ...host(), addController: (c) => added.push(c) }, () => {});
    expect(added).to.deep.equal([controller]);
  });
});
