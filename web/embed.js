// embed.html in an iframe: the widget alone. Query parameters with the element's attribute
// names configure it (e.g. ?lang=hi&emergency-numbers=112,108). With ?parent-origin=ORIGIN it
// posts its height and its results to window.parent, only to that origin; without it, nothing.
const params = new URLSearchParams(location.search);
const widget = document.querySelector('spasm-check');
for (const name of ['lang', 'emergency-numbers', 'pharmacist-url', 'pharmacist-label',
  'pharmacist-whatsapp', 'doctor-url', 'doctor-label', 'accent']) {
  const value = params.get(name);
  if (value !== null) widget.setAttribute(name, value);
}
if (params.get('compact') === 'false') widget.removeAttribute('compact');
// The loader after the attributes, so that it starts in the language asked for.
import('./spasm-check.js');

function parentOrigin(value) {
  if (value === null) return null;
  try {
    const url = new URL(value);
    if ((url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value) return value;
  } catch { /* not a URL */ }
  console.warn(`spasm-check: ignoring parent-origin "${value}": it must be an origin such as https://pharmacy.example`);
  return null;
}

const origin = parentOrigin(params.get('parent-origin'));
if (origin && window.parent !== window) {
  const post = (message) => window.parent.postMessage(message, origin);
  let last = 0;
  const sendHeight = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      post({ type: 'spasm-check:height', height });
    }
  };
  new ResizeObserver(sendHeight).observe(document.documentElement);
  document.addEventListener('spasm-check-result', (event) => {
    post({ type: 'spasm-check:result', detail: event.detail });
  });
}
