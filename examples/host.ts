// A host page's own script, in TypeScript: it reacts to the widget's typed result event.
// The tests build it with esbuild (examples/host.html loads the built host.js) and type-check
// it with the package's declarations (`spasm-check.d.ts`, beside the loader).
import type { SpasmCheckElement, SpasmCheckLevel, SpasmCheckResultDetail } from '../spasm-check.js';

/** What the host shows for each level next to the widget. */
const ACTIONS: Record<SpasmCheckLevel, string> = {
  emergency: 'Call 112 or 108 now.',
  doctor_today: 'Book a teleconsultation today.',
  doctor_soon: 'Book a doctor in the next 1 to 3 days.',
  pharmacist: 'Chat with our pharmacist.',
  self_care: 'See our self-care guide.',
};

const widget: SpasmCheckElement | null = document.querySelector('spasm-check');
const output = document.getElementById('host-result');

function show(detail: SpasmCheckResultDetail): void {
  if (!output) return;
  output.dataset.level = detail.level;
  output.textContent = detail.final
    ? `${ACTIONS[detail.level]} (reasons: ${detail.reasons.join(', ') || 'none'}; content ${detail.content_version})`
    : `So far: ${detail.level}`;
}

// The event is typed on the element and, since it bubbles out of the shadow root, on document.
widget?.addEventListener('spasm-check-result', (event) => show(event.detail));
document.addEventListener('spasm-check-result', (event) => {
  if (event.detail.final) console.info(`spasm-check result: ${event.detail.level}`);
});
