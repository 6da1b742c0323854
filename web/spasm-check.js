// spasm-check loader: defines <spasm-check>, the muscle-cramp self-check, for any page.
//
//   <script type="module" src="https://YOUR-CDN/spasm-check/spasm-check.js"></script>
//   <spasm-check lang="hi" emergency-numbers="112,108"></spasm-check>
//
// Every file it needs sits beside it and is found from import.meta.url, so the folder can be
// hosted on any path. Each element renders in its own open shadow root with its own styles.
// No inline scripts or style attributes, no eval: it works under
// Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'.
//
// The first step (the danger signs) is answerable before the app arrives: the standalone page
// and embed.html carry it in their HTML, and on host pages this loader puts it into the shadow
// root at once from spasm-check-first-step-<lang>.js. Both are the app's own first screen,
// rendered at build time, in every language. Meanwhile the app's glue and WebAssembly load side by side;
// when they are ready the app takes over the step with the answers given on it.

const here = (file) => new URL(file, import.meta.url).href;

// The sha384 integrity value of each file this loader loads (scripts/postbuild.mjs writes the
// build's values here; they are also in integrity.json). Each request carries its file's value,
// so a changed file on a CDN is refused instead of run.
const INTEGRITY = {};
const integrityOf = (file) => INTEGRITY[file] ?? '';

// Imports a module of the widget with its integrity: a modulepreload link carries the value
// (import() itself cannot), and the import then uses that same fetch.
function importChecked(file) {
  const url = here(file);
  if (INTEGRITY[file] && !document.querySelector(`link[rel="modulepreload"][href="${url}"]`)) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = url;
    link.integrity = INTEGRITY[file];
    link.crossOrigin = 'anonymous';
    document.head.append(link);
  }
  return import(url);
}

// Fetches a file of the widget with its integrity.
const fetchChecked = (file) => fetch(here(file), { integrity: integrityOf(file) });

// Attributes read by the app itself (checked there, with a console.warn for bad values).
const APP_ATTRIBUTES = [
  'lang', 'emergency-numbers', 'pharmacist-url', 'pharmacist-label', 'pharmacist-whatsapp',
  'doctor-url', 'doctor-label', 'compact',
];
const DEFAULT_NUMBERS = ['112', '108'];

// The glue module and the compiled WebAssembly, fetched at the same time (no waterfall), once
// for every element on the page. They start after the next paint, so that the first step (in
// the page, or just put into a shadow root) is painted with nothing else in the way: its paint
// is the page's largest.
let ready;
function loadApp() {
  ready ??= painted().then(async () => {
    const wasm = 'spasm-check-app_bg.wasm';
    const compiled = WebAssembly.compileStreaming(fetchChecked(wasm)).catch(async () =>
      // A server without the application/wasm type: compile from the bytes.
      WebAssembly.compile(await (await fetchChecked(wasm)).arrayBuffer()));
    const [glue, module] = await Promise.all([importChecked('spasm-check-app.js'), compiled]);
    // (`glue['default']`: trunk's own minifier stumbles over `.default`; esbuild minifies it.)
    await glue['default']({ module_or_path: module });
    // A language the person switches to later comes through loadWords, with its integrity.
    glue.set_words_loader(loadWords);
    return glue;
  });
  return ready;
}

// Each language's words (the app carries none): fetched, alongside the app, only for the
// language in use. The app fetches another itself if the person switches.
const words = new Map();
function loadWords(tag) {
  if (!words.has(tag)) {
    words.set(tag, painted().then(() => fetchChecked(`spasm-check-lang-${tag}.bin`)).then((r) => {
      if (!r.ok) throw new Error(`${r.url}: ${r.status}`);
      return r.arrayBuffer();
    }));
  }
  return words.get(tag);
}

// The languages the app speaks, most preferred default first (scripts/postbuild.mjs writes the
// app's own list here at build time).
const LANGUAGES = ['en', 'hi'];

// The prerendered first step in one language: one small module each, fetched only for the
// language shown (the standalone page and embed.html carry the first language in their HTML).
const steps = new Map();
function loadStep(tag) {
  if (!steps.has(tag)) {
    steps.set(tag, importChecked(`spasm-check-first-step-${tag}.js`).then((m) => {
      const t = document.createElement('template');
      t.innerHTML = m.step; // the build's own markup, no host input
      return t.content.firstElementChild;
    }));
  }
  return steps.get(tag);
}

// Shown if the app cannot start and there is no first step to keep (a host page with its own
// numbers): the emergency numbers work anyway.
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
  return raw && list.every((n) => /^\+?[0-9]{2,15}$/.test(n)) ? list : DEFAULT_NUMBERS;
}

// The language the app starts in, by the app's own rule: the element's `lang`, then (on a host
// page) the page's <html lang>, then the browser's languages, then English.
function chooseLang(el, available) {
  const wanted = [el.getAttribute('lang')];
  if (!el.hasAttribute('no-shadow')) wanted.push(document.documentElement.lang);
  wanted.push(...(navigator.languages ?? [navigator.language]));
  for (const tag of wanted) {
    const primary = (tag ?? '').split(/[-_]/)[0].toLowerCase();
    if (available.includes(primary)) return primary;
  }
  return available.includes('en') ? 'en' : available[0];
}

// Marks the box of each ticked answer under `root` as the app does (`is-selected`).
function markChosen(root) {
  for (const input of root?.querySelectorAll('fieldset[data-question] input') ?? []) {
    input.closest('label')?.classList.toggle('is-selected', input.checked);
  }
}

// The static step's own behaviour before the app runs ("no to the rest", folds that open with
// an answer, marks): spasm-check-static.js, fetched after the first paint (nothing of it is
// needed to read and answer the first step), once for every element on the page.
let statics;
const loadStatics = () => (statics ??= painted().then(() => importChecked('spasm-check-static.js')));

// Shows (or hides again) "no to the rest" on a static step: without JavaScript, or without
// spasm-check-static.js, it could not work.
function showRestNo(block, shown = true) {
  const button = block.querySelector('[data-action="rest-no"]');
  if (button) button.hidden = !shown;
}

// Resolves after the next paint (a task queued from an animation frame runs after it).
function painted() {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
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
    // which style it with their own link to spasm-check.css and carry the first step in their
    // HTML. Everywhere else the widget gets an open shadow root, so host styles and widget
    // styles stay apart.
    const light = this.hasAttribute('no-shadow');
    let styled = Promise.resolve();
    if (light) {
      this.mount = this.querySelector('.sc-root');
      if (!this.mount) {
        this.mount = document.createElement('div');
        this.mount.className = 'sc-root';
        this.append(this.mount);
      }
      this.adoptFirstStep([...this.mount.querySelectorAll('[data-prerendered]')]).catch(() => {});
    } else {
      const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      const css = document.createElement('link');
      css.rel = 'stylesheet';
      css.href = here('spasm-check.css');
      if (integrityOf('spasm-check.css')) {
        css.integrity = integrityOf('spasm-check.css');
        css.crossOrigin = 'anonymous';
      }
      styled = new Promise((resolve) => {
        css.addEventListener('load', resolve, { once: true });
        css.addEventListener('error', resolve, { once: true });
      });
      this.mount = document.createElement('div');
      this.mount.className = 'sc-root';
      // Nothing shows until the styles have loaded, so the step never appears unstyled.
      this.mount.hidden = true;
      styled.then(() => { if (this.mount) this.mount.hidden = false; });
      shadow.replaceChildren(css, this.mount);
      const numbers = fallbackNumbers(this);
      if (numbers.join() === DEFAULT_NUMBERS.join()) {
        this.adoptFirstStep([]).catch(() => this.mount?.childElementCount || this.mount?.append(fallback(numbers)));
      } else {
        // The first step shows 112 and 108; with the host's own numbers, only those show until
        // the app (which shows the host's numbers everywhere) starts.
        this.mount.append(fallback(numbers));
      }
    }
    this.applyAccent();
    Promise.all([loadApp(), styled])
      .then(async ([glue]) => {
        await this.showing?.catch(() => {});
        // The first step is painted before the app takes it over: its largest text is then the
        // page's largest contentful paint, and the app's identical copy does not count again.
        await painted();
        // The first step's language (the person may have switched), else the app's own rule.
        const lang = this.chosen()?.lang ?? chooseLang(this, LANGUAGES);
        glue.add_language(lang, new Uint8Array(await loadWords(lang)));
        if (!this.isConnected || this.widget || !this.mount) return;
        // Other languages' first steps are not the app's; the chosen one it takes over.
        for (const block of this.otherBlocks ?? []) block.remove();
        this.mount.querySelector('.sc-static')?.remove();
        this.widget = glue.Widget.mount(this, this.mount);
      })
      .catch((error) => {
        // WebAssembly blocked or failed: keep the first step (its danger signs work without the
        // app) or the static emergency help.
        console.warn('spasm-check: the self-check could not start', error);
        this.failed = true;
        this.chosen()?.setAttribute('data-failed', 'true');
      });
  }

  // The prerendered first step (`blocks`: those already in the mount, maybe none): shows it in
  // the app's language, fetching that language's step if it is not here, and answers Next and
  // the language switch until the app starts.
  async adoptFirstStep(blocks) {
    this.blocks = new Map(blocks.map((b) => [b.lang, b]));
    for (const block of blocks) showRestNo(block);
    loadStatics().then((m) => {
      this.statics = m;
      for (const block of this.blocks.values()) m.prepare(block);
      // "No to the rest" pressed before this arrived.
      if (this.restNoPressed && !this.widget) m.restNo(this.restNoPressed);
    }).catch(() => {
      this.noStatics = true;
      for (const block of this.blocks.values()) showRestNo(block, false);
    });
    // The app marks the chosen answer's box (and spasm-check-static.js does the rest of what
    // it does on a change); until it runs, so does this.
    this.mount.addEventListener('change', (event) => {
      const fieldset = event.target.closest?.('[data-prerendered] fieldset[data-question]');
      markChosen(fieldset);
      if (fieldset) this.statics?.changed(fieldset);
    });
    this.mount.addEventListener('click', (event) => {
      if (this.widget) return;
      const rest = event.target.closest?.('[data-prerendered] [data-action="rest-no"]')?.closest('[data-prerendered]');
      if (rest && this.statics) this.statics.restNo(rest);
      else if (rest) this.restNoPressed = rest;
      const lang = event.target.closest?.('[data-prerendered] button[data-lang]');
      if (lang) this.show(lang.dataset.lang, { focus: true }).catch(() => {});
      if (event.target.closest?.('[data-prerendered] [data-action="next"]')) {
        this.note(this.failed ? 'failed' : 'loading');
        // The app goes on as if Next were pressed in it, once it has started.
        this.chosen()?.setAttribute('data-next-pressed', 'true');
      }
    });
    // The step in the page shows meanwhile (and stays if the other language's cannot come).
    try {
      await this.show(chooseLang(this, LANGUAGES));
    } catch (error) {
      if (!blocks.length) throw error;
    }
  }

  // Shows the first step in `lang` (fetched if needed), with the answers ticked on the one shown
  // before; `focus` keeps focus on the language switch.
  show(lang, options) {
    // The app waits for a language change in flight before it takes over.
    this.showing = this.showBlock(lang, options);
    return this.showing;
  }

  async showBlock(lang, { focus = false } = {}) {
    // The app will need this language's words: start fetching them now.
    loadWords(lang).catch(() => {});
    let next = this.blocks.get(lang);
    if (!next) {
      next = (await loadStep(lang)).cloneNode(true);
      if (!this.mount || this.widget) return;
      next.hidden = true;
      if (this.hasAttribute('compact')) next.querySelector('.sc-intro')?.remove();
      showRestNo(next, !this.noStatics);
      this.statics?.prepare(next);
      this.mount.append(next);
      this.blocks.set(lang, next);
    }
    const current = this.chosen();
    if (next === current) return;
    if (current) {
      for (const input of current.querySelectorAll('fieldset[data-question] input')) {
        const q = input.closest('fieldset').dataset.question;
        const twin = next.querySelector(`fieldset[data-question="${q}"] input[value="${input.value}"]`);
        if (twin) twin.checked = input.checked;
      }
      markChosen(next);
      this.statics?.carryOver(current, next);
    }
    for (const [l, block] of this.blocks) block.hidden = l !== lang;
    this.otherBlocks = [...this.blocks.values()].filter((b) => b !== next);
    if (focus) next.querySelector(`button[data-lang="${lang}"]`)?.focus();
  }

  chosen() {
    return [...(this.blocks?.values() ?? [])].find((b) => !b.hidden);
  }

  // Shows one of the first step's notes (`loading`, `failed`) and reads it out.
  note(which) {
    const block = this.chosen();
    if (!block) return;
    for (const p of block.querySelectorAll('[data-static-note]')) p.hidden = p.dataset.staticNote !== which;
    const status = block.querySelector('[role="status"]');
    const text = block.querySelector(`[data-static-note="${which}"]`)?.textContent ?? '';
    if (status) status.textContent = text;
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
    else if (name === 'lang' && !this.widget && this.blocks) this.show(chooseLang(this, LANGUAGES)).catch(() => {});
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
