// spasm-check static step: what the prerendered first step does once the page has a script and
// before the app runs, as the app does it (src/components/question.rs, question_step.rs and
// src/state.rs: the same markup, so nothing moves when the app takes over and reads it back in
// src/embed.rs): "no to the rest" answers No to the signs left, marks them and says so; a fold
// opens when an answer opens it in the app. The loader (spasm-check.js) imports it after the
// first paint and calls these functions; answering the step needs none of it.

// Whether a sign's "What counts?" opens by itself for its answer (`fold_opens` in the app):
// Not sure, and Yes, where that answer does not end the check.
function foldOpens(fieldset) {
  const value = fieldset.querySelector('input:checked')?.value;
  if (value === 'unsure') return !fieldset.hasAttribute('data-unsure-emergency');
  return value === 'yes' && fieldset.closest('section[data-step]')?.dataset.step !== 'emergency';
}

// Opens or closes the fold of `fieldset` when the answer changes whether it opens by itself;
// otherwise it stays as the person left it (the app renders `open` the same way).
const opensNow = new WeakMap();
function followAnswer(fieldset) {
  const opens = foldOpens(fieldset);
  const details = fieldset.querySelector('details[data-more]');
  if (details && opens !== (opensNow.get(fieldset) ?? false)) details.open = opens;
  opensNow.set(fieldset, opens);
}

const restNoButton = (block) => block?.querySelector('[data-action="rest-no"]');
const unanswered = (block) => [...block.querySelectorAll('section[data-step] fieldset[data-question]')]
  .filter((f) => !f.querySelector('input:checked'));

// "No to the rest" says how many signs it would answer, and goes when none is left.
function updateRestNo(block) {
  const button = restNoButton(block);
  if (!button) return;
  const left = unanswered(block).length;
  button.hidden = left === 0;
  if (left > 0) {
    button.textContent = left === 1 ? button.dataset.textOne : button.dataset.textMany.replace('{n}', left);
  }
}

// The mark of "no to the rest": two ticks, decorative, as the app draws it (rest_no_icon).
function icon() {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  for (const [k, v] of Object.entries({ class: 'sc-icon sc-icon--small', viewBox: '0 0 24 24', width: '20', height: '20', 'aria-hidden': 'true', focusable: 'false' })) svg.setAttribute(k, v);
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('fill', 'currentColor');
  path.setAttribute('d', 'M1 12.5 2.5 11 7 15.5 5.5 17zm5 0L7.5 11l4 4L21 5.5 22.5 7 11.5 18z');
  svg.append(path);
  return svg;
}

// The mark of a sign answered by "no to the rest" (`on`), or none; the answers name it.
function setMark(fieldset, on, text) {
  const id = `${fieldset.id}-mark`;
  fieldset.querySelector('[data-rest-no-mark]')?.remove();
  for (const input of fieldset.querySelectorAll('input')) {
    const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((i) => i && i !== id);
    if (on) ids.push(id);
    if (ids.length) input.setAttribute('aria-describedby', ids.join(' '));
    else input.removeAttribute('aria-describedby');
  }
  if (!on) return;
  // The icon to see; the words, hidden, describe the answers for screen readers.
  const mark = document.createElement('p');
  mark.className = 'sc-question__mark';
  mark.setAttribute('data-rest-no-mark', '');
  const words = document.createElement('span');
  words.id = id;
  words.hidden = true;
  words.textContent = text;
  mark.append(icon(), words);
  fieldset.querySelector('.sc-question__options')?.after(mark);
}

// The line that says what "no to the rest" did (`n` signs answered), after its button.
function showRestNoDone(block, n) {
  const button = restNoButton(block);
  if (!button) return null;
  button.parentElement.querySelector('[data-rest-no-done]')?.remove();
  const done = document.createElement('p');
  done.className = 'sc-callout sc-callout--info sc-rest-no__done';
  done.setAttribute('data-rest-no-done', String(n));
  done.setAttribute('role', 'status');
  done.tabIndex = -1;
  done.append(icon(), String(n) === '1' ? button.dataset.textDoneOne : button.dataset.textDone.replace('{n}', n));
  button.parentElement.append(done);
  return done;
}

// Answers No to every sign of the step not answered yet, marks them, and says so (the line
// takes focus, so it is read out).
export function restNo(block) {
  const left = unanswered(block);
  if (!left.length) return;
  const button = restNoButton(block);
  for (const fieldset of left) {
    fieldset.querySelector('input[value="no"]').checked = true;
    setMark(fieldset, true, button.dataset.textMark);
    followAnswer(fieldset);
    fieldset.querySelector('input[value="no"]').closest('label')?.classList.add('is-selected');
  }
  updateRestNo(block);
  showRestNoDone(block, left.length)?.focus();
}

// Gets a static step (`block`) ready: "no to the rest" counts the signs left, and the folds of
// answers given before this arrived open as the app opens them.
export function prepare(block) {
  for (const fieldset of block.querySelectorAll('fieldset[data-question]')) followAnswer(fieldset);
  updateRestNo(block);
  // The app then keeps each fold as it is here (without this, only those opened by hand).
  block.setAttribute('data-folds-followed', '');
}

// An answer changed on `fieldset`: it is the person's own now (no mark), its fold follows it,
// and "no to the rest" counts again.
export function changed(fieldset) {
  setMark(fieldset, false);
  followAnswer(fieldset);
  updateRestNo(fieldset.closest('[data-prerendered]'));
}

// Carries what was done on the step shown (`from`) over to the same step in another language
// (`to`; the loader has carried the answers): the folds, the marks and the line of "no to
// the rest".
export function carryOver(from, to) {
  const text = restNoButton(to)?.dataset.textMark ?? '';
  for (const fieldset of from.querySelectorAll('fieldset[data-question]')) {
    const twin = to.querySelector(`fieldset[data-question="${fieldset.dataset.question}"]`);
    if (!twin) continue;
    const fold = twin.querySelector('details[data-more]');
    if (fold) fold.open = Boolean(fieldset.querySelector('details[data-more]')?.open);
    opensNow.set(twin, opensNow.get(fieldset) ?? false);
    setMark(twin, Boolean(fieldset.querySelector('[data-rest-no-mark]')), text);
  }
  updateRestNo(to);
  const done = from.querySelector('[data-rest-no-done]');
  restNoButton(to)?.parentElement.querySelector('[data-rest-no-done]')?.remove();
  if (done) showRestNoDone(to, done.dataset.restNoDone);
}
