// <spasm-check> in React's JSX (React 19 types), with the element's attributes:
//
//   import 'spasm-check';
//   import type {} from 'spasm-check/react';
//   <spasm-check lang="hi" pharmacist-url="https://pharmacy.example/chat"
//     pharmacist-whatsapp="+91 98765 43210" />
//
// Listen to `spasm-check-result` on `document` or with a ref (React does not map custom
// events to props).
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { SpasmCheckAttributes, SpasmCheckElement } from './spasm-check.js';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'spasm-check': Omit<DetailedHTMLProps<HTMLAttributes<SpasmCheckElement>, SpasmCheckElement>, 'lang'>
        & SpasmCheckAttributes;
    }
  }
}
