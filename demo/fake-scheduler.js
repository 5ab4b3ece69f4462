// Shows the parameters the booking element passed, and posts a Cal.com-style confirmation.
const list = document.getElementById('prefill');
for (const [key, value] of new URLSearchParams(location.search)) {
  const term = document.createElement('dt');
  term.textContent = key;
  const detail = document.createElement('dd');
  detail.textContent = value || '(empty)';
  list.append(term, detail);
}
document.getElementById('book').addEventListener('click', (event) => {
  parent.postMessage({ originator: 'CAL', type: 'bookingSuccessful', data: { demo: true } }, location.origin);
  event.target.textContent = 'Booked (demo)';
});
