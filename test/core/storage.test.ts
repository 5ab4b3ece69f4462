import { expect } from '@open-wc/testing';
import { readStored, removeStored, writeStored } from '../../src/core/storage.js';

describe('storage', () => {
  afterEach(() => {
    delete (window as { localStorage?: Storage }).localStorage;
  });

  it('stores, reads and removes values', () => {
    expect(writeStored('ops-test', 'v')).to.equal(true);
    expect(readStored('ops-test')).to.equal('v');
    removeStored('ops-test');
    expect(readStored('ops-test')).to.equal(null);
  });

  it('never throws when storage is blocked', () => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    expect(writeStored('ops-test', 'v')).to.equal(false);
    expect(readStored('ops-test')).to.equal(null);
    expect(() => removeStored('ops-test')).not.to.throw();
  });

  it('reports a full storage as not stored', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {},
    };
    Object.defineProperty(window, 'localStorage', { configurable: true, value: full });
    expect(writeStored('ops-test', 'v')).to.equal(false);
  });
});
