/** Resolves at once on a visible page, else when it becomes visible (or the signal aborts). */
export function waitUntilVisible(doc: Document, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const life = new AbortController();
    const check = (): void => {
      if (doc.visibilityState !== 'hidden' || signal.aborted) {
        life.abort();
        resolve();
      }
    };
    doc.addEventListener('visibilitychange', check, { signal: life.signal });
    signal.addEventListener('abort', check, { signal: life.signal });
    check();
  });
}
