// Embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) can spoof text order.
const bidiControls = /[\u202a-\u202e\u2066-\u2069]/g;

/** CRM text without bidi controls, so "…\u202Eexe.txt" cannot pose as another file name. */
export function stripBidiControls(text: string): string {
  return text.replace(bidiControls, '');
}
