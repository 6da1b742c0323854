// Checks of the page as it is on screen: axe-core's WCAG rules, the names
// assistive technology gets for each control, and whether anything is cut off
// or scrolls sideways. Each returns a list of readable problems (empty: fine).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.0, 2.1 and 2.2 A and AA rules (2.2 A has no rules of its own in axe). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core on the whole page (open shadow roots included) with AXE_TAGS.
 * The source is evaluated rather than added as a <script>, so a strict
 * Content-Security-Policy cannot stop it. Resolves to readable violations.
 */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof globalThis.axe === 'object'))) {
    await page.evaluate(AXE_SOURCE);
  }
  const violations = await page.evaluate(async (tags) => {
    const results = await globalThis.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target.flat().join(' >> '),
        summary: n.failureSummary.replace(/\s+/g, ' '),
      })),
    }));
  }, AXE_TAGS);
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help}\n      at ${n.target}\n      ${n.summary}`),
  );
}

const NAMED_ROLES = new Set([
  'button',
  'checkbox',
  'radio',
  'link',
  'textbox',
  'combobox',
  'listbox',
  'switch',
  'slider',
  'spinbutton',
  'group',
  'radiogroup',
  'progressbar',
  'region',
]);

/**
 * Every control (and group) in Chromium's accessibility tree has a non-empty
 * name, and every radio and checkbox of the page is in that tree. Uses the
 * browser's own name computation (CDP Accessibility domain), the one screen
 * readers get, instead of re-implementing it.
 */
export async function unnamedControls(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Accessibility.enable');
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const shown = nodes.filter((n) => !n.ignored);
    const problems = [];
    for (const n of shown) {
      if (!NAMED_ROLES.has(n.role?.value) || String(n.name?.value ?? '').trim()) continue;
      const { node } = await cdp.send('DOM.describeNode', { backendNodeId: n.backendDOMNodeId });
      const attrs = Object.fromEntries(
        (node.attributes ?? []).flatMap((v, i, all) => (i % 2 ? [] : [[v, all[i + 1]]])),
      );
      // <details> is a group in Chromium's tree, named by nothing in HTML; its
      // <summary> is the control and is checked as a button.
      if (node.nodeName === 'DETAILS') continue;
      const shownAttrs = Object.entries(attrs)
        .map(([k, v]) => `${k}="${v}"`)
        .join(' ');
      problems.push(`a ${n.role.value} without a name: <${node.nodeName.toLowerCase()} ${shownAttrs}>`);
    }
    const inTree = shown.filter((n) => ['radio', 'checkbox'].includes(n.role?.value)).length;
    const inputs = await page.evaluate(
      () =>
        globalThis.__sc
          .all('input[type="radio"], input[type="checkbox"]')
          .filter((i) => i.getClientRects().length > 0).length,
    );
    if (inTree !== inputs) {
      problems.push(`${inputs} radios and checkboxes on the page, but ${inTree} in the accessibility tree`);
    }
    return problems;
  } finally {
    await cdp.detach();
  }
}

/**
 * What is cut off, too small to read or out of reach sideways. Looks at every
 * rendered element and text (open shadow roots included):
 * - the page must not scroll sideways;
 * - no element or line of text may reach outside the viewport's width;
 * - no element that clips its content (overflow hidden/clip/auto/scroll) may
 *   have more content than room, either way, except the visually hidden ones
 *   made for screen readers (1x1 px);
 * - no text smaller than 12 CSS px.
 */
export async function layoutProblems(page) {
  return page.evaluate(() => {
    const problems = [];
    const root = document.documentElement;
    const width = root.clientWidth;
    if (root.scrollWidth > width) {
      problems.push(`the page scrolls sideways: ${root.scrollWidth} px of content in ${width} px`);
    }
    const describe = (el) => {
      const data = [...el.attributes]
        .filter((a) => a.name.startsWith('data-') || a.name === 'class' || a.name === 'id')
        .map((a) => `${a.name}="${a.value}"`)
        .join(' ');
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      return `<${el.tagName.toLowerCase()}${data ? ` ${data}` : ''}> "${text}"`;
    };
    const elements = globalThis.__sc.all('body *');
    const isTiny = (r) => r.width <= 1 && r.height <= 1;
    for (const el of elements) {
      if (el.getClientRects().length === 0) continue; // not rendered
      const r = el.getBoundingClientRect();
      if (isTiny(r)) continue; // visually hidden, for screen readers
      if (r.left < -1 || r.right > width + 1) {
        problems.push(`${describe(el)} reaches outside the page: ${Math.round(r.left)}..${Math.round(r.right)} of ${width} px`);
      }
      const style = getComputedStyle(el);
      const clips = (v) => v !== 'visible';
      if (clips(style.overflowX) && el.scrollWidth > el.clientWidth + 1) {
        problems.push(`${describe(el)} is cut off sideways: ${el.scrollWidth} px of content in ${el.clientWidth} px`);
      }
      if (clips(style.overflowY) && el.scrollHeight > el.clientHeight + 1) {
        problems.push(`${describe(el)} is cut off at the bottom: ${el.scrollHeight} px of content in ${el.clientHeight} px`);
      }
      for (const node of el.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE || !node.textContent.trim()) continue;
        const size = parseFloat(style.fontSize);
        if (size < 12) problems.push(`${describe(el)} has ${size} px text`);
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const line of range.getClientRects()) {
          if (line.width > 0 && (line.left < -1 || line.right > width + 1)) {
            problems.push(`text of ${describe(el)} runs outside the page: ${Math.round(line.left)}..${Math.round(line.right)} of ${width} px`);
            break;
          }
        }
      }
    }
    return [...new Set(problems)];
  });
}
