// Points the iframe at embed.html with this page's origin as parent-origin (in production
// the host writes its own origin into the src), and shows the results it receives.
const frame = document.querySelector('iframe[data-spasm-check]');
const src = new URL('../embed.html', import.meta.url);
src.searchParams.set('parent-origin', location.origin);
frame.src = src.href;
frame.addEventListener('spasm-check-result', (event) => {
  const { level, complete } = event.detail;
  document.getElementById('last').textContent = `${level}${event.detail.final ? ' (final)' : ''}${complete ? '' : ', incomplete'}`;
});
