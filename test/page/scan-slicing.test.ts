import { afterEach, describe, expect, it, vi } from 'vitest';

import type { MarkChanges } from '@/lib/page/change-log';
import type { Highlighter } from '@/lib/page/highlighter';
import { createScanJob } from '@/lib/page/scan-job';
import { createScanRunner } from '@/lib/page/scan-runner';

import { markedTextIds, newStore, setBody, sf15 } from './page-helpers';

function manyIds(count: number): string {
  return Array.from({ length: count }, () => `<p>${sf15}</p>`).join('');
}

/** A clock that advances one millisecond each time it is read. */
function tickingClock(): () => number {
  let time = 0;

  return () => time++;
}

afterEach(() => {
  document.body.innerHTML = '';
});

/** A painter that records the changes it was given and when it drew them. */
function fakePainter() {
  const applied: number[] = [];
  const painter = {
    apply: vi.fn((changes: MarkChanges) => applied.push(changes.size)),
    commit: vi.fn(),
  } satisfies Pick<Highlighter, 'apply' | 'commit'>;

  return { painter, applied };
}

describe('time slicing', () => {
  it('stops at the deadline and resumes where it stopped, finding every ID once', () => {
    setBody(manyIds(300));
    const store = newStore();
    const now = tickingClock();
    const job = createScanJob(() => ({ roots: [document.body], rescan: false }), store, now);

    const steps = [];
    for (let step = job.step(now() + 3); ; step = job.step(now() + 3)) {
      steps.push(step);
      if (step.done) {
        break;
      }
    }

    expect(steps.length).toBeGreaterThan(2);
    expect(steps.reduce((sum, step) => sum + step.found, 0)).toBe(300);
    expect(markedTextIds(store)).toHaveLength(300);
  });

  it('yields between slices and hands over new marks slice by slice', async () => {
    setBody(manyIds(300));
    const store = newStore();
    const { painter, applied } = fakePainter();
    const pause = vi.fn(() => Promise.resolve());
    const signal = new AbortController().signal;
    const now = tickingClock();
    const options = { store, painter, signal, now, yieldToPage: pause };
    const runner = createScanRunner({ ...options, sliceMs: 3 });

    runner.enqueue(createScanJob(() => ({ roots: [document.body], rescan: false }), store, now));
    await vi.waitFor(() => expect(painter.commit).toHaveBeenCalled());

    expect(pause.mock.calls.length).toBeGreaterThan(2);
    expect(applied.filter((size) => size > 0).length).toBeGreaterThan(2);
    expect(applied.reduce((sum, size) => sum + size, 0)).toBe(300);
    expect(painter.commit).toHaveBeenCalledOnce();
  });

  it('draws once per pass, after the last slice', async () => {
    setBody(manyIds(300));
    const store = newStore();
    const { painter } = fakePainter();
    const signal = new AbortController().signal;
    const now = tickingClock();
    const pause = (): Promise<void> => Promise.resolve();
    const options = { store, painter, signal, now, yieldToPage: pause };
    const runner = createScanRunner({ ...options, sliceMs: 3 });

    runner.enqueue(createScanJob(() => ({ roots: [document.body], rescan: false }), store, now));
    await vi.waitFor(() => expect(painter.commit).toHaveBeenCalled());

    const lastApply = Math.max(...painter.apply.mock.invocationCallOrder);
    expect(painter.commit).toHaveBeenCalledOnce();
    expect(painter.commit.mock.invocationCallOrder[0]).toBeGreaterThan(lastApply);
  });

  it('still paints now and then during a pass that does not drain', async () => {
    setBody(manyIds(300));
    const store = newStore();
    const { painter, applied } = fakePainter();
    const signal = new AbortController().signal;
    const now = tickingClock();
    const options = { store, painter, signal, now, yieldToPage: () => Promise.resolve() };
    const runner = createScanRunner({ ...options, sliceMs: 3, paintEveryMs: 5 });

    runner.enqueue(createScanJob(() => ({ roots: [document.body], rescan: false }), store, now));
    await vi.waitFor(() => expect(applied.reduce((sum, size) => sum + size, 0)).toBe(300));

    expect(painter.commit.mock.calls.length).toBeGreaterThan(1);
  });

  it('stops without painting once its signal aborts', async () => {
    setBody(manyIds(300));
    const store = newStore();
    const { painter } = fakePainter();
    const controller = new AbortController();
    const now = tickingClock();
    const pause = (): Promise<void> => {
      controller.abort();

      return Promise.resolve();
    };
    const runner = createScanRunner({
      store,
      painter,
      signal: controller.signal,
      sliceMs: 3,
      now,
      yieldToPage: pause,
    });

    runner.enqueue(createScanJob(() => ({ roots: [document.body], rescan: false }), store, now));
    await Promise.resolve();
    await Promise.resolve();

    expect(painter.commit).not.toHaveBeenCalled();
  });
});

describe('measurement', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    performance.clearMeasures();
  });

  it('records lead-viewer:scan with the count of IDs in measurement builds only', async () => {
    setBody(manyIds(3));
    const run = async (): Promise<void> => {
      const store = newStore();
      const signal = new AbortController().signal;
      const { painter } = fakePainter();
      const runner = createScanRunner({ store, painter, signal });
      const plan = () => ({ roots: [document.body], rescan: false });
      runner.enqueue(createScanJob(plan, store, () => 0));
      await vi.waitFor(() => expect(painter.commit).toHaveBeenCalled());
    };

    await run();
    expect(performance.getEntriesByName('lead-viewer:scan')).toHaveLength(0);

    vi.stubEnv('MODE', 'e2e');
    await run();
    const details = performance
      .getEntriesByName('lead-viewer:scan')
      .map((entry) => (entry as PerformanceMeasure).detail as { count: number });
    expect(details.map((detail) => detail.count)).toEqual([3, 0]);
    expect(JSON.stringify(details)).not.toContain('00Q');
  });
});
