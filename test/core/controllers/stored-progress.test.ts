import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { StoredProgressController, type StoredFormat } from '../../../src/core/controllers/stored-progress.js';

/** A host with no element: the controller must need nothing more than this. */
function fakeHost() {
  const controllers: ReactiveController[] = [];
  const host: ReactiveControllerHost & { update(): void } = {
    addController: (controller) => controllers.push(controller),
    removeController: () => {},
    requestUpdate: () => {},
    updateComplete: Promise.resolve(true),
    update: () => controllers.forEach((controller) => controller.hostUpdated?.()),
  };
  return host;
}

interface Count {
  n: number;
}
const countFormat: StoredFormat<Count> = {
  parse: (raw) => {
    const { n } = JSON.parse(raw);
    return typeof n === 'number' ? { n } : null;
  },
  serialize: (value) => JSON.stringify({ n: value.n }),
};

/** Replaces localStorage for one test; returns the undo. */
function setStorage(storage: Partial<Storage>): () => void {
  const own = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
  Object.defineProperty(window, 'localStorage', { configurable: true, value: storage });
  return () => Object.defineProperty(window, 'localStorage', own);
}

describe('StoredProgressController', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('returns what is stored under a key, and null for nothing, corrupt or unusable text', () => {
    const stored = new StoredProgressController(fakeHost(), countFormat);
    expect(stored.open('count')).to.equal(null);
    localStorage.setItem('count', '{"n":3}');
    expect(stored.open('count')).to.deep.equal({ n: 3 });
    localStorage.setItem('count', '{not json');
    expect(stored.open('count')).to.equal(null);
    localStorage.setItem('count', '{"n":"three"}');
    expect(stored.open('count')).to.equal(null);
  });

  it('keeps values apart by key, and keeps nothing under an empty key', () => {
    const stored = new StoredProgressController(fakeHost(), countFormat);
    stored.open('a');
    stored.save({ n: 1 });
    stored.open('b');
    stored.save({ n: 2 });
    expect(stored.open('a')).to.deep.equal({ n: 1 });
    expect(stored.open('b')).to.deep.equal({ n: 2 });
    stored.open('');
    stored.save({ n: 9 });
    expect(localStorage.length).to.equal(2);
  });

  it('stores what the host holds after each update, writing only changes; null leaves the stored value', () => {
    let current: Count | null = { n: 1 };
    const host = fakeHost();
    const stored = new StoredProgressController(host, countFormat, () => current);
    stored.open('count');
    const writes: string[] = [];
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      writes.push(value);
      setItem.call(this, key, value);
    };
    try {
      host.update();
      host.update();
      current = { n: 2 };
      host.update();
      current = null;
      host.update();
    } finally {
      Storage.prototype.setItem = setItem;
    }
    expect(writes).to.deep.equal(['{"n":1}', '{"n":2}']);
    expect(localStorage.getItem('count')).to.equal('{"n":2}');
  });

  it('writes a value again after it was cleared', () => {
    const host = fakeHost();
    const stored = new StoredProgressController(host, countFormat, () => ({ n: 1 }));
    stored.open('count');
    host.update();
    stored.clear();
    expect(localStorage.getItem('count')).to.equal(null);
    host.update();
    expect(localStorage.getItem('count')).to.equal('{"n":1}');
  });

  it('never throws: blocked or full storage, a format or host callback that throws', () => {
    const host = fakeHost();
    const throwing: StoredFormat<Count> = {
      parse: () => {
        throw new Error('parse');
      },
      serialize: () => {
        throw new Error('serialize');
      },
    };
    localStorage.setItem('count', '{"n":1}');
    const stored = new StoredProgressController(host, throwing, () => ({ n: 1 }));
    expect(stored.open('count')).to.equal(null);
    expect(() => host.update()).not.to.throw();
    expect(() =>
      new StoredProgressController(host, countFormat, () => {
        throw new Error('host');
      }).hostUpdated(),
    ).not.to.throw();

    // Throwing methods rather than a throwing getter: WebKit keeps its own window.localStorage.
    const methods = ['getItem', 'setItem', 'removeItem'] as const;
    const own = methods.map((name) => Storage.prototype[name]);
    for (const name of methods) {
      Storage.prototype[name] = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
    }
    try {
      const blocked = new StoredProgressController(fakeHost(), countFormat);
      expect(blocked.open('count')).to.equal(null);
      expect(() => (blocked.save({ n: 1 }), blocked.clear())).not.to.throw();
    } finally {
      methods.forEach((name, index) => (Storage.prototype[name] = own[index] as never));
    }

    const full = setStorage({
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {
        throw new DOMException('no', 'SecurityError');
      },
    });
    try {
      const quota = new StoredProgressController(fakeHost(), countFormat);
      quota.open('count');
      expect(() => (quota.save({ n: 1 }), quota.clear())).not.to.throw();
    } finally {
      full();
    }
  });

  it('tries a failed write again on the next update', () => {
    let fail = true;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (fail) throw new DOMException('full', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
    const host = fakeHost();
    try {
      const stored = new StoredProgressController(host, countFormat, () => ({ n: 5 }));
      stored.open('count');
      host.update();
      fail = false;
      host.update();
    } finally {
      Storage.prototype.setItem = setItem;
    }
    expect(localStorage.getItem('count')).to.equal('{"n":5}');
  });
});
