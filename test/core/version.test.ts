import { expect } from '@open-wc/testing';
import { VERSION } from '../../src/core/version.js';

describe('version', () => {
  it('matches package.json, so version warnings name the real version', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});
