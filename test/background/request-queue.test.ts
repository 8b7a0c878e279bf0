import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { RequestQueue } from '../../lib/background/request-queue';

const limits = { concurrency: 2, perSecond: 100, maxWaiting: 10 };

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

/** Acquires `count` slots at once and reports which were granted so far. */
function acquireMany(queue: RequestQueue, count: number, deadline = Date.now() + 15_000) {
  const granted: ((() => void) | null)[] = [];
  const all = Array.from({ length: count }, (_, index) =>
    queue.acquire(deadline).then((release) => {
      granted[index] = release;

      return release;
    }),
  );

  return { granted, all };
}

describe('RequestQueue', () => {
  it('lets no more than `concurrency` requests run at once', async () => {
    const queue = new RequestQueue(limits);
    const { granted } = acquireMany(queue, 5);
    await vi.advanceTimersByTimeAsync(0);

    expect(granted.filter(Boolean)).toHaveLength(2);
    expect(queue.inFlight).toBe(2);
  });

  it('starts the next waiter, first come first served, when one ends', async () => {
    const queue = new RequestQueue(limits);
    const { granted } = acquireMany(queue, 4);
    await vi.advanceTimersByTimeAsync(0);
    granted[0]?.();
    await vi.advanceTimersByTimeAsync(0);

    expect(granted.map(Boolean)).toEqual([true, true, true]);
    expect(queue.inFlight).toBe(2);
  });

  it('counts a release only once', async () => {
    const queue = new RequestQueue(limits);
    const { granted } = acquireMany(queue, 2);
    await vi.advanceTimersByTimeAsync(0);
    granted[0]?.();
    granted[0]?.();

    expect(queue.inFlight).toBe(1);
  });

  it('turns a waiter away with null at its deadline, and it never starts', async () => {
    const queue = new RequestQueue(limits);
    acquireMany(queue, 2);
    const late = queue.acquire(Date.now() + 500);
    await vi.advanceTimersByTimeAsync(500);

    await expect(late).resolves.toBeNull();
    expect(queue.inFlight).toBe(2);
  });

  it('turns a caller away at once when too many wait', async () => {
    const queue = new RequestQueue({ ...limits, maxWaiting: 3 });
    acquireMany(queue, 5);

    await expect(queue.acquire(Date.now() + 15_000)).resolves.toBeNull();
  });

  it('starts no more than `perSecond` requests in any second', async () => {
    const queue = new RequestQueue({ concurrency: 100, perSecond: 3, maxWaiting: 100 });
    const { granted } = acquireMany(queue, 7);
    for (const release of granted) {
      release?.();
    }

    await vi.advanceTimersByTimeAsync(0);
    expect(granted.filter(Boolean)).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(granted.filter(Boolean)).toHaveLength(6);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(granted.filter(Boolean)).toHaveLength(7);
  });
});
