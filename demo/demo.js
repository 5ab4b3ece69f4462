// Demo page wiring: examples stamped when scrolled near, a theme switch and a log of every ops-* event.
const events = [
  'ops-error',
  'ops-booking-open',
  'ops-booking-scheduled',
  'ops-quiz-start',
  'ops-quiz-answer',
  'ops-quiz-complete',
  'ops-calculate',
];
const log = document.getElementById('events');
for (const name of events) {
  document.addEventListener(name, (event) => {
    const item = document.createElement('li');
    item.textContent = `${new Date().toLocaleTimeString()} ${name} ${JSON.stringify(event.detail).slice(0, 300)}`;
    log.prepend(item);
  });
}

const themeSelect = document.getElementById('theme');
const setTheme = (root, theme) => {
  for (const element of root.querySelectorAll('*')) {
    if (element.localName.startsWith('ops-')) element.setAttribute('theme', theme);
  }
};
themeSelect.addEventListener('change', () => {
  const theme = themeSelect.value;
  const dark = theme === 'dark' || (theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
  document.body.classList.toggle('dark', dark);
  setTheme(document.querySelector('main'), theme);
});

// Sixteen elements upgrading at once would keep the main thread busy for a long while after the
// first paint; the examples below the first screen wait in a <template> until scrolled near.
const stamp = (placeholder) => {
  const { content } = placeholder.querySelector('template');
  if (themeSelect.value !== 'light') setTheme(content, themeSelect.value);
  placeholder.replaceWith(content);
};
const nearby = new IntersectionObserver(
  (entries) => {
    for (const entry of entries.filter((entry) => entry.isIntersecting)) {
      nearby.unobserve(entry.target);
      stamp(entry.target);
    }
  },
  { rootMargin: '50% 0px' },
);
for (const placeholder of document.querySelectorAll('.later')) nearby.observe(placeholder);
// Printing shows every example.
addEventListener('beforeprint', () => {
  for (const placeholder of document.querySelectorAll('.later')) stamp(placeholder);
});

// The list-layout quiz is form-associated: show what the form would submit.
document.addEventListener('submit', (event) => {
  if (event.target.id !== 'quiz-form') return;
  event.preventDefault();
  const value = new FormData(event.target).get('quiz');
  document.getElementById('quiz-form-value').textContent = value ? `Submitted: ${value}` : 'Submitted: (no result yet)';
});
