// For host pages that show the self-check in an iframe:
//
//   <iframe data-spasm-check title="Muscle spasm self-check"
//     src="https://YOUR-CDN/spasm-check/embed.html?parent-origin=https://YOUR-SITE"></iframe>
//   <script type="module" src="https://YOUR-CDN/spasm-check/spasm-check-frame.js"></script>
//
// It sizes each such iframe to its content and re-dispatches the widget's results as
// `spasm-check-result` events on the iframe element. Messages are accepted only from the
// iframe's own window and origin.
function frames() {
  return document.querySelectorAll('iframe[data-spasm-check]');
}

window.addEventListener('message', (event) => {
  const frame = [...frames()].find((f) => f.contentWindow === event.source);
  if (!frame) return;
  if (event.origin !== new URL(frame.src, location.href).origin) return;
  const data = event.data;
  if (data?.type === 'spasm-check:height' && Number.isFinite(data.height)) {
    frame.style.height = `${Math.max(0, Math.ceil(data.height))}px`;
  } else if (data?.type === 'spasm-check:result' && data.detail) {
    frame.dispatchEvent(new CustomEvent('spasm-check-result', { detail: data.detail, bubbles: true }));
  }
});

for (const frame of frames()) {
  frame.style.width = '100%';
  frame.style.border = '0';
}
