// Demo page wiring: a theme switch and a log of every ops-* event.
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
themeSelect.addEventListener('change', () => {
  const theme = themeSelect.value;
  const dark = theme === 'dark' || (theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
  document.body.classList.toggle('dark', dark);
  for (const element of document.querySelectorAll('main *')) {
    if (element.localName.startsWith('ops-')) element.setAttribute('theme', theme);
  }
});

// The list-layout quiz is form-associated: show what the form would submit.
document.getElementById('quiz-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const value = new FormData(event.target).get('quiz');
  document.getElementById('quiz-form-value').textContent = value ? `Submitted: ${value}` : 'Submitted: (no result yet)';
});
