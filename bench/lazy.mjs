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

/**
 * First paint of one booking button over a slow link (each request waits `latency` ms):
 * its own file against the loader, so the cost of the loader's extra step shows. With the
 * shared chunks hinted, the loader should cost one round trip more, not two.
 */
export async function lazyRoundTrips({ browser, server, latency = 150, runs = 5 }) {
  const booking = elements.find((e) => e.name === 'booking-cta');
  const kinds = {
    'own file': `/dist/${booking.file}`,
    loader: '/dist/loader.js',
  };
  const samples = Object.fromEntries(Object.keys(kinds).map((kind) => [kind, []]));
  for (const [kind, script] of Object.entries(kinds)) {
    server.pages.set(
      `/bench/latency/${kind}`,
      page({ title: `Booking, ${kind}`, head: `<script type="module" src="${script}"></script>`, body: booking.markup }),
    );
  }
  for (let run = 0; run < runs; run++) {
    for (const kind of Object.keys(kinds)) {
      const context = await browser.createBrowserContext();
      const tab = await context.newPage();
      const cdp = await tab.createCDPSession();
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency,
        downloadThroughput: -1,
        uploadThroughput: -1,
      });
      await tab.goto(`${server.origin}/bench/latency/${encodeURIComponent(kind)}`, { waitUntil: 'load' });
      const fcp = await tab.evaluate(
        () =>
          new Promise((resolve) =>
            new PerformanceObserver((list) => {
              const entry = list.getEntriesByName('first-contentful-paint')[0];
              if (entry) resolve(entry.startTime);
            }).observe({ type: 'paint', buffered: true }),
          ),
      );
      samples[kind].push(fcp);
      await context.close();
    }
  }
  const median = (list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)];
  return {
    latency,
    runs,
    fcp: Object.fromEntries(Object.entries(samples).map(([kind, list]) => [kind, Math.round(median(list))])),
  };
}
