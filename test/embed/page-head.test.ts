import { expect } from '@open-wc/testing';
import { PAGES, pageUrl } from './embed-helpers.js';

// What audit tools (Lighthouse) fault a hosted page for, beyond its content.
for (const slug of [...PAGES.map((page) => page.slug), 'index']) {
  describe(`hosted page ${slug}.html, as audit tools read it`, () => {
    const url = new URL(pageUrl(slug), location.href);
    const load = async () => new DOMParser().parseFromString(await (await fetch(url)).text(), 'text/html');

    it('names its icon, a file that exists, so no request for /favicon.ico fails in the console', async () => {
      const icon = (await load()).querySelector('link[rel="icon"]');
      expect(icon, 'icon link').to.exist;
      const response = await fetch(new URL(icon!.getAttribute('href')!, url));
      expect(response.status).to.equal(200);
      expect(response.headers.get('content-type')).to.contain('image/svg+xml');
    });

    it("lets a tool in the page read the host's /robots.txt (connect-src 'self')", async () => {
      const policy = (await load()).querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
      const connect = policy.split(';').find((directive) => directive.trim().startsWith('connect-src'));
      expect(connect?.trim()).to.equal("connect-src 'self'");
    });

    if (slug !== 'index') {
      it('runs its script after parsing (a module), so the prerendered widget paints without waiting for it', async () => {
        const doc = await load();
        const scripts = [...doc.querySelectorAll<HTMLScriptElement>('script:not([type="application/json"])')];
        expect(scripts.length).to.be.above(0);
        expect(scripts.filter((script) => script.type !== 'module').map((script) => script.outerHTML.slice(0, 80))).to.deep.equal(
          [],
        );
      });
    }
  });
}
