// spasm-check loader: defines <spasm-check>, the muscle-spasm self-check, for any page.
//
//   <script type="module" src="https://YOUR-CDN/spasm-check/spasm-check.js"></script>
//   <spasm-check lang="hi" emergency-numbers="112,108"></spasm-check>
//
// Every file it needs sits beside it and is found from import.meta.url, so the folder can be
// hosted on any path. Each element renders in its own open shadow root with its own styles.
// No inline scripts or style attributes, no eval: it works under
// Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'.
import init, { Widget } from './spasm-check-app.js';

const here = (file) => new URL(file, import.meta.url).href;

// Attributes read by the app itself (checked there, with a console.warn for bad values).
const APP_ATTRIBUTES = [
  'lang', 'emergency-numbers', 'pharmacist-url', 'pharmacist-label',
  'doctor-url', 'doctor-label', 'compact',
];

let ready;
function loadApp() {
  ready ??= init({ module_or_path: here('spasm-check-app_bg.wasm') });
  return ready;
}

// Shown while the app loads, and kept if it cannot start: the emergency numbers work anyway.
function fallback(numbers) {
  const box = document.createElement('div');
  box.className = 'sc-static';
  const p = document.createElement('p');
  const strong = document.createElement('strong');
  strong.textContent = 'In an emergency, call now / आपात स्थिति में अभी कॉल करें:';
  p.append(strong);
  const list = document.createElement('p');
  list.className = 'sc-numbers';
  for (const n of numbers) {
    const a = document.createElement('a');
    a.className = 'sc-number';
    a.href = `tel:${n}`;
    a.textContent = n;
    list.append(a, ' ');
  }
  box.append(p, list);
  return box;
}

function fallbackNumbers(el) {
  const raw = el.getAttribute('emergency-numbers');
  const list = (raw ?? '').split(',').map((n) => n.trim());
  return raw && list.every((n) => /^\+?[0-9]{2,15}$/.test(n)) ? list : ['112', '108'];
}

// Text colour for a host accent colour: white or near-black, whichever reads better.
function textOn(colour, probe) {
  probe.style.setProperty('color', colour);
  const rgb = getComputedStyle(probe).color.match(/^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/);
  probe.style.removeProperty('color');
  if (!rgb) return '#ffffff';
  const [r, g, b] = rgb.slice(1).map(Number);
  const lin = (c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const lum = 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  return (1.05 / (lum + 0.05)) >= ((lum + 0.05) / 0.05) ? '#ffffff' : '#111111';
}

class SpasmCheck extends HTMLElement {
  static observedAttributes = [...APP_ATTRIBUTES, 'accent'];

  connectedCallback() {
    if (this.widget) {
      this.widget.update();
      return;
    }
    if (this.mount) return; // still starting
    // `no-shadow`: for pages that are only the widget (the standalone page, embed.html),
    // which style it with their own link to spasm-check.css. Everywhere else the widget
    // gets an open shadow root, so host styles and widget styles stay apart.
    const light = this.hasAttribute('no-shadow');
    this.mount = document.createElement('div');
    this.mount.className = 'sc-root';
    let styled = Promise.resolve();
    let showStatic = () => {};
    if (light) {
      // The page's own static content stays until the app starts.
      showStatic = () => this.replaceChildren(this.mount);
      if (!this.children.length) this.append(this.mount);
    } else {
      const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      const css = document.createElement('link');
      css.rel = 'stylesheet';
      css.href = here('spasm-check.css');
      styled = new Promise((resolve) => {
        css.addEventListener('load', resolve, { once: true });
        css.addEventListener('error', resolve, { once: true });
      });
      // The page's own static content (if any) shows through the slot until the app starts.
      const slot = document.createElement('slot');
      shadow.replaceChildren(css, slot, this.mount);
      showStatic = () => slot.remove();
    }
    if (!this.children.length || (light && this.firstElementChild === this.mount)) {
      this.mount.append(fallback(fallbackNumbers(this)));
    }
    this.applyAccent();
    Promise.all([loadApp(), styled])
      .then(() => {
        if (!this.isConnected || this.widget || !this.mount) return;
        this.mount.replaceChildren();
        showStatic();
        this.widget = Widget.mount(this, this.mount);
      })
      .catch((error) => {
        // WebAssembly blocked or failed: keep (or show) the static emergency help.
        console.warn('spasm-check: the self-check could not start', error);
      });
  }

  disconnectedCallback() {
    // Moving the element keeps its state; removing it for good frees the app.
    queueMicrotask(() => {
      if (!this.isConnected && this.widget) {
        this.widget.destroy();
        this.widget.free();
        this.widget = undefined;
        this.mount = undefined;
        this.shadowRoot?.replaceChildren();
        if (this.hasAttribute('no-shadow')) this.replaceChildren();
      }
    });
  }

  attributeChangedCallback(name) {
    if (name === 'accent') this.applyAccent();
    else this.widget?.update();
  }

  applyAccent() {
    if (!this.mount) return;
    const value = this.getAttribute('accent');
    const style = this.mount.style;
    if (value && CSS.supports('color', value)) {
      style.setProperty('--sc-accent', value);
      style.setProperty('--sc-focus', value);
      style.setProperty('--sc-accent-text', textOn(value, this.mount));
      return;
    }
    if (value !== null) {
      console.warn(`spasm-check: ignoring the accent attribute: "${value}" is not a CSS colour; using the default`);
    }
    for (const p of ['--sc-accent', '--sc-focus', '--sc-accent-text']) style.removeProperty(p);
  }
}

if (!customElements.get('spasm-check')) customElements.define('spasm-check', SpasmCheck);
