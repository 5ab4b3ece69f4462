import { expect } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import { UrlStateController } from '../../../src/core/controllers/url-state.js';

const host = (): ReactiveControllerHost => ({
  addController() {},
  removeController() {},
  requestUpdate() {},
  updateComplete: Promise.resolve(true),
});

const setParam = (key: string, value: string) => (params: URLSearchParams) => {
  params.set(key, value);
  return params;
};

describe('UrlStateController', () => {
  const originalUrl = location.href;
  afterEach(() => history.replaceState(null, '', originalUrl));

  it('reads and writes the fragment by default, leaving the query string alone', () => {
    history.replaceState(null, '', `${location.pathname}?page=2#a=1`);
    const url = new UrlStateController(host());
    expect(url.place).to.equal('fragment');
    expect(url.read().get('a')).to.equal('1');
    expect(url.write(setParam('b', '2'))).to.equal(true);
    expect(location.search).to.equal('?page=2');
    expect(location.hash).to.equal('#a=1&b=2');
  });

  it('keeps an anchor already in the fragment as it was written', () => {
    history.replaceState(null, '', `${location.pathname}#pricing`);
    new UrlStateController(host()).write(setParam('b', '2'));
    expect(location.hash).to.equal('#pricing&b=2');
  });

  it('uses the query string only when asked, leaving the fragment alone', () => {
    history.replaceState(null, '', `${location.pathname}?a=1#top`);
    const url = new UrlStateController(host());
    url.place = 'query';
    expect(url.read().get('a')).to.equal('1');
    url.write(setParam('b', '2'));
    expect(location.search).to.equal('?a=1&b=2');
    expect(location.hash).to.equal('#top');
  });

  it('replaces the history entry instead of adding one', () => {
    const before = history.length;
    new UrlStateController(host()).write(setParam('b', '2'));
    expect(history.length).to.equal(before);
  });

  it('never throws when the browser refuses to change the URL', () => {
    const original = history.replaceState;
    history.replaceState = () => {
      throw new DOMException('refused', 'SecurityError');
    };
    try {
      expect(new UrlStateController(host()).write(setParam('b', '2'))).to.equal(false);
    } finally {
      history.replaceState = original;
    }
    expect(location.hash).to.equal('');
  });
});
