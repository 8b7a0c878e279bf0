export interface RequestQueueOptions {
  /** Requests in flight at once. */
  concurrency: number;
  /** Requests started in any one second. */
  perSecond: number;
  /** Callers waiting for a slot; one more is turned away at once. */
  maxWaiting: number;
  now?: () => number;
}

interface Waiter {
  grant: (release: (() => void) | null) => void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * Slots for outgoing requests: a few at once, a bounded number per second, first come first
 * served. A caller that cannot start before its deadline gets `null` and sends nothing.
 */
export class RequestQueue {
  private active = 0;
  private readonly starts: number[] = [];
  private readonly waiting: Waiter[] = [];
  private wakeUp: ReturnType<typeof setTimeout> | undefined;
  private readonly now: () => number;

  constructor(private readonly options: RequestQueueOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Resolves with a `release` to call when the request ends, or `null` at the deadline. */
  acquire(deadline: number): Promise<(() => void) | null> {
    if (this.waiting.length >= this.options.maxWaiting) {
      return Promise.resolve(null);
    }

    return new Promise((grant) => {
      const waiter: Waiter = {
        grant,
        timer: setTimeout(() => this.giveUp(waiter), Math.max(0, deadline - this.now())),
      };
      this.waiting.push(waiter);
      this.pump();
    });
  }

  /** Requests in flight now (for tests and figures). */
  get inFlight(): number {
    return this.active;
  }

  private giveUp(waiter: Waiter): void {
    const at = this.waiting.indexOf(waiter);
    if (at >= 0) {
      this.waiting.splice(at, 1);
      waiter.grant(null);
    }
  }

  private pump(): void {
    while (this.waiting.length > 0 && this.active < this.options.concurrency) {
      const waitMs = this.rateWaitMs();
      if (waitMs > 0) {
        this.wakeUp ??= setTimeout(() => {
          this.wakeUp = undefined;
          this.pump();
        }, waitMs);

        return;
      }

      const waiter = this.waiting.shift();
      if (waiter) {
        clearTimeout(waiter.timer);
        this.start(waiter);
      }
    }
  }

  private start(waiter: Waiter): void {
    this.active += 1;
    this.starts.push(this.now());
    let released = false;
    waiter.grant(() => {
      if (!released) {
        released = true;
        this.active -= 1;
        this.pump();
      }
    });
  }

  /** How long until one more request fits in the last second's allowance. */
  private rateWaitMs(): number {
    const windowStart = this.now() - 1_000;
    while (this.starts.length > 0 && (this.starts[0] ?? 0) <= windowStart) {
      this.starts.shift();
    }

    const oldest = this.starts[0];

    return this.starts.length < this.options.perSecond || oldest === undefined
      ? 0
      : oldest - windowStart;
  }
}
