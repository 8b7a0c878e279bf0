// Callbacks passed to a worker's or page's evaluate() run inside the extension, where the
// `chrome` namespace exists; this gives them its types.
import type { browser } from 'wxt/browser';

declare global {
  const chrome: typeof browser;
}
