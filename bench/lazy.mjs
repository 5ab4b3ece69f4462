// What a page using the lazy loader downloads: each element alone, and all four.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sizes } from './bytes.mjs';
import { elements, page } from './pages.mjs';

export async function measureLazyPages({ browser, server, root }) {
  const cases = [...elements.map((element) => [element.name, [element]]), ['all four', elements]];
  const rows = [];
  for (const [name, used] of cases) {
    const path = `/bench/lazy/${name.replace(' ', '-')}`;
    server.pages.set(
      path,
      page({
        title: `Lazy: ${name}`,
        head: '<script type="module" src="/dist/loader.js"></script>',
        body: used.map((e) => e.markup).join('\n'),
      }),
    );
    const context = await browser.createBrowserContext();
    const tab = await context.newPage();
    const from = server.requests.length;
    await tab.goto(server.origin + path, { waitUntil: 'load' });
    await tab.evaluate(
      async (tags) => {
        await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
        await Promise.all(tags.flatMap((tag) => [...document.querySelectorAll(tag)].map((el) => el.updateComplete)));
      },
      used.map((e) => e.tag),
    );
    await context.close();
    const files = [...new Set(server.requests.slice(from).filter((request) => request.startsWith('/dist/')))];
    const total = { raw: 0, gzip: 0, brotli: 0 };
    for (const file of files) {
      const size = sizes(readFileSync(join(root, file)));
      for (const key of Object.keys(total)) total[key] += size[key];
    }
    rows.push({ page: name, files: files.map((file) => file.replace('/dist/', '')), ...total });
  }
  return rows;
}
