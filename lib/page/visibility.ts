/** Resolves at once on a visible page, else when it becomes visible (or the signal aborts). */
export function waitUntilVisible(doc: Document, signal: AbortSignal): Promise<void> {
  if (doc.visibilityState !== 'hidden' || signal.aborted) {
    return Promise.resolve();
  }

  return new Promise((resolve) => {
    const life = new AbortController();
    const done = (): void => {
      life.abort();
      resolve();
    };
    const onChange = (): void => {
      if (doc.visibilityState !== 'hidden') {
        done();
      }
    };
    doc.addEventListener('visibilitychange', onChange, { signal: life.signal });
    signal.addEventListener('abort', done, { signal: life.signal });
  });
}
