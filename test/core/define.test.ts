import { expect } from '@open-wc/testing';
import { define } from '../../src/core/define.js';

const versioned = (version: string) =>
  class extends HTMLElement {
    static version = version;
  };

describe('define', () => {
  it('registers once and ignores the same class or version quietly', () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const first = versioned('1.0.0');
      define('ops-test-once', first);
      define('ops-test-once', first);
      define('ops-test-once', versioned('1.0.0'));
      expect(customElements.get('ops-test-once')).to.equal(first);
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(0);
  });

  it('keeps the first of two versions and warns once, naming both', () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const first = versioned('1.0.0');
      define('ops-test-versions', first);
      expect(() => define('ops-test-versions', versioned('2.0.0'))).not.to.throw();
      define('ops-test-versions', versioned('3.0.0'));
      expect(customElements.get('ops-test-versions')).to.equal(first);
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain('1.0.0').and.to.contain('2.0.0');
  });
});
