// Types for <spasm-check>, the muscle-cramp self-check (spasm-check.js defines the element).
//
//   import 'spasm-check';                       // or <script type="module" src=".../spasm-check.js">
//   import type { SpasmCheckResultDetail } from 'spasm-check';
//
//   document.addEventListener('spasm-check-result', (event) => {
//     if (event.detail.final && event.detail.level === 'pharmacist') showPharmacistChat();
//   });
//
// The element is configured by its attributes only (see SpasmCheckAttributes); it has no
// properties or methods of its own beyond those of every HTMLElement.

/** The five levels of urgency, most urgent first. */
export type SpasmCheckLevel = 'emergency' | 'doctor_today' | 'doctor_soon' | 'pharmacist' | 'self_care';

/** The detail of a `spasm-check-result` event: ids only, never answers or free text. */
export interface SpasmCheckResultDetail {
  /** How urgent it is. */
  readonly level: SpasmCheckLevel;
  /** The ids of the rules that fired (question ids, `question:option` or pair ids). */
  readonly reasons: readonly string[];
  /** The ids of the tips shown. */
  readonly tips: readonly string[];
  /** Whether every question is answered. */
  readonly complete: boolean;
  /** The clinical content's version (for example "2.2"). */
  readonly content_version: string;
  /** The same as `content_version`. */
  readonly contentVersion: string;
  /** True when the result (or the emergency screen) is on screen. */
  readonly final: boolean;
}

/** `spasm-check-result`: dispatched on the element; it bubbles and crosses shadow roots. */
export type SpasmCheckResultEvent = CustomEvent<SpasmCheckResultDetail>;

/** The element's attributes (all optional; bad values are ignored with a console warning). */
export interface SpasmCheckAttributes {
  /** `en` or `hi`; default: the page's `<html lang>`, then the browser's languages, then `en`. */
  lang?: 'en' | 'hi';
  /** Comma-separated numbers shown as `tel:` links, most important first; default `112,108`. */
  'emergency-numbers'?: string;
  /** An `http(s)` link shown on `pharmacist` results (for example your pharmacist chat). */
  'pharmacist-url'?: string;
  /** The label of that link; default "Talk to a pharmacist online". */
  'pharmacist-label'?: string;
  /**
   * The pharmacy's WhatsApp number with its country code: `+` then 10 to 15 digits (spaces and
   * dashes allowed), or 91 and 10 digits. `pharmacist`, `doctor_soon` and `doctor_today` results
   * then show a link that sends the short result to it (`wa.me`), only when the person taps it.
   */
  'pharmacist-whatsapp'?: string;
  /** An `http(s)` link shown on `doctor_today` and `doctor_soon` results. */
  'doctor-url'?: string;
  /** The label of that link; default "Talk to a doctor online". */
  'doctor-label'?: string;
  /** A CSS colour for buttons and focus rings. */
  accent?: string;
  /** Present: no intro block. */
  compact?: boolean | '';
  /** Present: render in the page's DOM (pages that are only the widget). */
  'no-shadow'?: boolean | '';
}

/** The events of <spasm-check>, for `addEventListener` on the element. */
export interface SpasmCheckElementEventMap extends HTMLElementEventMap {
  'spasm-check-result': SpasmCheckResultEvent;
}

/** The <spasm-check> element. */
export interface SpasmCheckElement extends HTMLElement {
  addEventListener<K extends keyof SpasmCheckElementEventMap>(
    type: K,
    listener: (this: SpasmCheckElement, ev: SpasmCheckElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof SpasmCheckElementEventMap>(
    type: K,
    listener: (this: SpasmCheckElement, ev: SpasmCheckElementEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'spasm-check': SpasmCheckElement;
  }
  // The event bubbles to the document and every element above the widget.
  interface DocumentEventMap {
    'spasm-check-result': SpasmCheckResultEvent;
  }
  interface HTMLElementEventMap {
    'spasm-check-result': SpasmCheckResultEvent;
  }
}
