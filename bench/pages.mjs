// The pages the benchmark loads: each element alone as a site would embed it, and the
// page with all four. The element pages load the element's own file from dist/.
export const elements = [
  {
    name: 'identities',
    tag: 'ops-identities',
    file: 'identities.js',
    markup: '<ops-identities></ops-identities>',
  },
  {
    name: 'vendor-quiz',
    tag: 'ops-vendor-quiz',
    file: 'vendor-quiz.js',
    markup: '<ops-vendor-quiz no-save></ops-vendor-quiz>',
  },
  {
    name: 'replacement-cost',
    tag: 'ops-replacement-cost',
    file: 'replacement-cost.js',
    markup: '<ops-replacement-cost></ops-replacement-cost>',
  },
  {
    name: 'booking-cta',
    tag: 'ops-booking-cta',
    file: 'booking-cta.js',
    markup: '<ops-booking-cta mode="popup" href="/bench/scheduler"></ops-booking-cta>',
  },
];

export function page({ title, head = '', body }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
<meta name="description" content="${title}: a benchmark page for ops-partner-widgets.">
<style>body{margin:0 auto;max-width:60rem;padding:1rem;font-family:system-ui,sans-serif}</style>
${head}
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

export const schedulerPage = page({
  title: 'Scheduler',
  body: '<h1>Pick a time</h1>',
});

export function elementPage(element, count = 1, script = `/dist/${element.file}`, surrounded = false) {
  const elements = Array.from({ length: count }, () => element.markup).join('\n');
  // With text around, the page is built as docs/embedding.md says: dist/reserve.css before the script.
  const reserve = surrounded ? '<link rel="stylesheet" href="/dist/reserve.css">\n' : '';
  return page({
    title: `${element.tag} ×${count}`,
    head: `${reserve}<script type="module" src="${script}"></script>`,
    body: surrounded
      ? `<h1>An article</h1>\n${elements}\n<p>Text after the element, which moves down if the element grows.</p>`
      : elements,
  });
}

export const allFourPage = page({
  title: 'All four elements',
  head: '<script type="module" src="/dist/ops-partner-widgets.js"></script>',
  body: [
    '<h1>All four elements</h1>',
    '<ops-identities quiz-href="#quiz" calculator-href="#calculator"></ops-identities>',
    '<section id="quiz"><ops-vendor-quiz no-save></ops-vendor-quiz></section>',
    '<section id="calculator"><ops-replacement-cost></ops-replacement-cost></section>',
    '<ops-booking-cta mode="popup" href="/bench/scheduler"></ops-booking-cta>',
  ].join('\n'),
});
