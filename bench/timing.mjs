// Start-up and interaction timings in headless Chromium, each element interleaved with
// the static-HTML floor: the same shadow DOM and styles, captured from the element,
// served as declarative shadow DOM with no script.
import { elements, elementPage, page } from './pages.mjs';
import { summarize, ratioSummary, slope } from './stats.mjs';

/** Buffered observers for the paint and layout entries, installed before any page script. */
const observe = () => {
  window.__nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const perf = (window.__perf = { lcp: 0, cls: 0, longTasks: [] });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) perf.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) perf.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) perf.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
};

async function openPage(browser, throttle, viewport) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  if (viewport) await tab.setViewport(viewport);
  const cdp = await tab.createCDPSession();
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await tab.evaluateOnNewDocument(observe);
  return { tab, cdp, close: () => context.close() };
}

/** Resolves when every instance of `tag` has rendered (or at once for a static page). */
const settled = async (tag) => {
  const hosts = [...document.querySelectorAll(tag)];
  if (customElements.get(tag)) await Promise.all(hosts.map((host) => host.updateComplete));
  // Two frames, so the paint of the settled DOM is reported.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await new Promise((resolve) => setTimeout(resolve, 50));
};

async function loadMetrics(browser, url, tag, throttle, viewport) {
  const { tab, cdp, close } = await openPage(browser, throttle, viewport);
  try {
    await tab.goto(url, { waitUntil: 'load' });
    await tab.evaluate(settled, tag);
    const paint = await tab.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      ...window.__perf,
    }));
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name) => metrics.find((m) => m.name === name)?.value ?? NaN;
    return {
      fcp: paint.fcp,
      lcp: paint.lcp,
      cls: paint.cls,
      longTasks: paint.longTasks.length,
      longestTask: Math.max(0, ...paint.longTasks),
      mainThread: metric('TaskDuration') * 1000,
      script: metric('ScriptDuration') * 1000,
      heap: metric('JSHeapUsedSize'),
    };
  } finally {
    await close();
  }
}

/** The element's rendered shadow DOM with its adopted styles, as a page that needs no script. */
async function captureFloor(browser, origin, element) {
  const { tab, close } = await openPage(browser, 1);
  try {
    await tab.goto(`${origin}/bench/element/${element.name}`, {
      waitUntil: 'load',
    });
    await tab.evaluate(settled, element.tag);
    const markup = await tab.evaluate((tag) => {
      const escape = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
      return [...document.querySelectorAll(tag)]
        .map((host) => {
          const root = host.shadowRoot;
          const css = root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
          const attributes = [...host.attributes].map((a) => ` ${a.name}="${escape(a.value)}"`).join('');
          return `<${tag}${attributes}><template shadowrootmode="open"><style>${css}</style>${root.getHTML()}</template>${host.innerHTML}</${tag}>`;
        })
        .join('\n');
    }, element.tag);
    return page({ title: `${element.tag} (static floor)`, body: markup });
  } finally {
    await close();
  }
}

/** Loads one element's page, waits until it has rendered, then runs `measure` in the page. */
async function inElementPage(browser, origin, name, throttle, measure, ...args) {
  const { tab, close } = await openPage(browser, throttle);
  try {
    await tab.goto(`${origin}/bench/element/${name}`, { waitUntil: 'load' });
    await tab.evaluate(settled, `ops-${name}`);
    return await tab.evaluate(measure, ...args);
  } finally {
    await close();
  }
}

/** Calculator: time from an input event to the updated DOM, over many changes. */
const calculatorInput = (browser, origin, throttle, changes) =>
  inElementPage(
    browser,
    origin,
    'replacement-cost',
    throttle,
    async (changes) => {
      const host = document.querySelector('ops-replacement-cost');
      const fields = [...host.shadowRoot.querySelectorAll('input[inputmode="decimal"]')];
      const dom = [];
      const layout = [];
      for (let i = 0; i < changes; i++) {
        const field = fields[i % 2];
        await window.__nextFrame();
        const start = performance.now();
        field.value = String(i % 2 ? 120000 + 1000 * (i % 37) : 1 + (i % 23));
        field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        await host.updateComplete;
        dom.push(performance.now() - start);
        host.shadowRoot.firstElementChild.getBoundingClientRect();
        layout.push(performance.now() - start);
      }
      return { dom, layout };
    },
    changes,
  );

/** Quiz: answering a question and moving to the next, for every question. */
const quizSteps = (browser, origin, throttle) =>
  inElementPage(browser, origin, 'vendor-quiz', throttle, async () => {
    const host = document.querySelector('ops-vendor-quiz');
    const root = host.shadowRoot;
    const answer = [];
    const next = [];
    root.querySelector('form.vendor button')?.click();
    await host.updateComplete;
    for (let step = 0; step < 50; step++) {
      const question = [...root.querySelectorAll('fieldset.question')].find((set) => !set.hidden);
      if (!question) break;
      await window.__nextFrame();
      let start = performance.now();
      question.querySelector('input[type="radio"]').click();
      await host.updateComplete;
      answer.push(performance.now() - start);
      const button = root.querySelector('button[part="button"]');
      if (!button) break;
      await window.__nextFrame();
      start = performance.now();
      button.click();
      await host.updateComplete;
      next.push(performance.now() - start);
    }
    return { answer, next, finished: !!root.querySelector('[part="result"]') };
  });

/** Booking: a click on the popup button until the dialog is open (DOM) and painted (next frame). */
const bookingClick = (browser, origin, throttle) =>
  inElementPage(browser, origin, 'booking-cta', throttle, async () => {
    const host = document.querySelector('ops-booking-cta');
    const button = host.shadowRoot.querySelector('[part~="button"]');
    const dialog = host.shadowRoot.querySelector('dialog');
    const start = performance.now();
    const opened = new Promise((resolve) =>
      new MutationObserver(() => dialog.open && resolve(performance.now() - start)).observe(dialog, {
        attributeFilter: ['open'],
      }),
    );
    button.click();
    const dom = await opened;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    return { dom, painted: performance.now() - start };
  });

export async function runTimings({ browser, server, pairs, throttle, changes, instanceCounts, instanceRepeats, log, parts }) {
  const want = (part) => parts.has('timing') || parts.has(part);
  const result = { throttle, pairs };
  const { origin, pages } = server;
  for (const element of elements) pages.set(`/bench/element/${element.name}`, elementPage(element));
  for (const element of elements) pages.set(`/bench/static/${element.name}`, await captureFloor(browser, origin, element));

  if (want('startup')) result.startup = await startup();
  if (want('calculator')) result.calculator = await calculator();
  if (want('interactions')) Object.assign(result, await interactions());
  if (want('instances')) result.instances = await instances();
  return result;

  async function startup() {
    const startup = {};
    const samples = Object.fromEntries(elements.map((element) => [element.name, { element: [], static: [] }]));
    for (let pair = 0; pair < pairs; pair++) {
      for (const element of elements) {
        // Alternate which of the two goes first, so drift in the machine's load cancels out.
        const order = pair % 2 ? ['static', 'element'] : ['element', 'static'];
        for (const kind of order) {
          samples[element.name][kind].push(
            await loadMetrics(browser, `${origin}/bench/${kind}/${element.name}`, element.tag, throttle),
          );
        }
      }
      log(`  pair ${pair + 1}/${pairs}`);
    }
    for (const element of elements) {
      const { element: el, static: floor } = samples[element.name];
      const metric = (list, key) => summarize(list.map((sample) => sample[key]));
      startup[element.name] = {
        fcp: {
          element: metric(el, 'fcp'),
          static: metric(floor, 'fcp'),
          ratio: ratioSummary(el, floor, 'fcp'),
        },
        lcp: {
          element: metric(el, 'lcp'),
          static: metric(floor, 'lcp'),
          ratio: ratioSummary(el, floor, 'lcp'),
        },
        cls: { element: metric(el, 'cls'), static: metric(floor, 'cls') },
        longTasks: {
          element: metric(el, 'longTasks'),
          static: metric(floor, 'longTasks'),
        },
        longestTask: {
          element: metric(el, 'longestTask'),
          static: metric(floor, 'longestTask'),
        },
        mainThread: {
          element: metric(el, 'mainThread'),
          static: metric(floor, 'mainThread'),
          ratio: ratioSummary(el, floor, 'mainThread'),
        },
        script: {
          element: metric(el, 'script'),
          static: metric(floor, 'script'),
        },
        heap: { element: metric(el, 'heap'), static: metric(floor, 'heap') },
      };
    }

    // Alone on a page nothing can move; with text below (and dist/reserve.css, as the docs say),
    // any difference between the reserved and the upgraded height shows as layout shift.
    // At a phone's width and a desktop's; clsWithText is the worse of the two.
    const viewports = { 320: { width: 320, height: 640 }, 1280: { width: 1280, height: 900 } };
    for (const element of elements) {
      const path = `/bench/surrounded/${element.name}`;
      pages.set(path, elementPage(element, 1, undefined, true));
      const all = [];
      startup[element.name].clsWithTextAt = {};
      for (const [width, viewport] of Object.entries(viewports)) {
        const runs = [];
        for (let run = 0; run < 3; run++) runs.push(await loadMetrics(browser, origin + path, element.tag, throttle, viewport));
        startup[element.name].clsWithTextAt[width] = summarize(runs.map((r) => r.cls));
        all.push(...runs);
      }
      startup[element.name].clsWithText = summarize(all.map((r) => r.cls));
    }
    return startup;
  }

  async function calculator() {
    log('  calculator input');
    const calculator = {};
    for (const rate of [1, throttle]) {
      const { dom, layout } = await calculatorInput(browser, origin, rate, changes);
      calculator[`${rate}x`] = {
        changes,
        dom: summarize(dom),
        withLayout: summarize(layout),
      };
    }

    return calculator;
  }

  async function interactions() {
    log('  quiz and booking');
    const quizAnswer = [];
    const quizNext = [];
    const bookingDom = [];
    const bookingPainted = [];
    let quizFinished = true;
    for (let run = 0; run < Math.max(3, Math.ceil(pairs / 3)); run++) {
      const quiz = await quizSteps(browser, origin, throttle);
      quizAnswer.push(...quiz.answer);
      quizNext.push(...quiz.next);
      quizFinished &&= quiz.finished;
      const booking = await bookingClick(browser, origin, throttle);
      bookingDom.push(booking.dom);
      bookingPainted.push(booking.painted);
    }

    return {
      quiz: {
        throttle,
        answer: summarize(quizAnswer),
        next: summarize(quizNext),
        finished: quizFinished,
      },
      booking: {
        throttle,
        clickToDialog: summarize(bookingDom),
        clickToPaint: summarize(bookingPainted),
      },
    };
  }

  async function instances() {
    log('  instances');
    const instances = {};
    for (const element of elements) {
      const rows = [];
      for (const count of instanceCounts) {
        const path = `/bench/many/${element.name}/${count}`;
        pages.set(path, elementPage(element, count));
        const runs = [];
        for (let run = 0; run < instanceRepeats; run++)
          runs.push(await loadMetrics(browser, origin + path, element.tag, throttle));
        rows.push({
          count,
          mainThread: summarize(runs.map((r) => r.mainThread)).median,
          heap: summarize(runs.map((r) => r.heap)).median,
          cls: summarize(runs.map((r) => r.cls)).median,
          longestTask: summarize(runs.map((r) => r.longestTask)).median,
        });
      }
      instances[element.name] = {
        rows,
        mainThreadPerInstance: slope(rows.map((r) => [r.count, r.mainThread])),
        heapPerInstance: slope(rows.map((r) => [r.count, r.heap])),
      };
    }

    return instances;
  }
}
