/** A one-shot timer: starting it again replaces the pending run; an aborted signal cancels it. */
export interface Timer {
  start(delayMs: number, run: () => void): void;
  isPending(): boolean;
  cancel(): void;
}

export function createTimer(signal: AbortSignal): Timer {
  let handle: ReturnType<typeof setTimeout> | null = null;
  const cancel = (): void => {
    if (handle !== null) {
      clearTimeout(handle);
      handle = null;
    }
  };
  signal.addEventListener('abort', cancel, { once: true });

  return {
    start(delayMs, run) {
      cancel();
      if (signal.aborted) {
        return;
      }

      handle = setTimeout(() => {
        handle = null;
        run();
      }, delayMs);
    },
    isPending: () => handle !== null,
    cancel,
  };
}

/** Coalesces calls into at most one run per animation frame, until the signal aborts. */
export function createFrameTask(signal: AbortSignal, run: () => void): () => void {
  let frame: number | null = null;
  signal.addEventListener(
    'abort',
    () => {
      if (frame !== null) {
        cancelAnimationFrame(frame);
      }
    },
    { once: true },
  );

  return () => {
    if (frame !== null || signal.aborted) {
      return;
    }

    frame = requestAnimationFrame(() => {
      frame = null;
      run();
    });
  };
}

interface YieldingScheduler {
  yield?: () => Promise<void>;
}

/** Lets the page run (input, rendering) before more detection work; scheduler.yield keeps our
 *  place in the queue, setTimeout is the fallback where it is missing (Firefox, older Chrome). */
export function yieldToPage(): Promise<void> {
  const scheduler = Reflect.get(globalThis, 'scheduler') as YieldingScheduler | undefined;

  return typeof scheduler?.yield === 'function'
    ? scheduler.yield()
    : new Promise((resolve) => setTimeout(resolve));
}
