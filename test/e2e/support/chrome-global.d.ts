// Callbacks passed to a worker's or page's evaluate() run inside the extension, where the
// `chrome` namespace exists; this gives them its types.
declare const chrome: typeof import('wxt/browser').browser;
