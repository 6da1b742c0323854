// Walks one widget to a result through its DOM contract: on each step, every question not
// yet answered gets its mildest answer (or the one given in `answers`), then Next. A gate
// before a long checklist (`fieldset[data-gate]`) gets Yes when `answers` has an answer for
// its checklist (which then shows and is answered), else No ("none of these").
// `root` is a Page or a Locator (one widget among several); Playwright's CSS locators
// pierce open shadow roots, so this works for embedded widgets too.
const MILD = { age_band: '18_44', duration: 'seconds', frequency: 'sometimes' };

export async function walk(root, answers = {}, stopAt = null) {
  for (let i = 0; i < 6; i += 1) {
    if (await root.locator('[data-level]').count()) return;
    if (stopAt && (await root.locator(`[data-step="${stopAt}"]`).count())) return;
    for (const gate of await root.locator('fieldset[data-gate]').all()) {
      if (await gate.locator('input:checked').count()) continue;
      const q = await gate.getAttribute('data-gate');
      await gate.locator(`input[value="${q in answers ? 'yes' : 'no'}"]`).click();
      if (q in answers) await root.locator(`fieldset[data-question="${q}"]`).waitFor();
    }
    for (const fieldset of await root.locator('fieldset[data-question]').all()) {
      const q = await fieldset.getAttribute('data-question');
      if (await fieldset.locator('input:checked').count()) continue;
      const value = answers[q]
        ?? MILD[q]
        ?? ((await fieldset.locator('input[value="none"]').count()) ? 'none' : 'no');
      await fieldset.locator(`input[value="${value}"]`).click();
      if (await root.locator('[data-level]').count()) return;
    }
    await root.locator('[data-action="next"]').click();
  }
}
