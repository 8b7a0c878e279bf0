import { afterEach, describe, expect, it, vi } from 'vitest';

import { watchRoute } from '@/lib/page/route-watch';
import { waitUntilVisible } from '@/lib/page/visibility';

afterEach(() => {
  vi.useRealTimers();
  history.replaceState(null, '', '/');
});

describe('watchRoute', () => {
  it('re-detects once after the URL changes without a load, when the route settles', () => {
    vi.useFakeTimers();
    const onChange = vi.fn();
    const check = watchRoute({ view: window, signal: new AbortController().signal, onChange });
    history.pushState(null, '', '/leads/2');
    check();
    check();

    expect(onChange).not.toHaveBeenCalled();
    vi.advanceTimersByTime(300);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('does nothing while the URL stays, or after its lifetime ended', () => {
    vi.useFakeTimers();
    const onChange = vi.fn();
    const life = new AbortController();
    const check = watchRoute({ view: window, signal: life.signal, onChange });
    check();
    life.abort();
    history.pushState(null, '', '/leads/3');
    check();
    vi.advanceTimersByTime(1_000);

    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('waitUntilVisible', () => {
  it('waits while the tab is hidden and resumes when it shows again', async () => {
    const state = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    let resumed = false;
    const waiting = waitUntilVisible(document, new AbortController().signal).then(() => {
      resumed = true;
    });
    await Promise.resolve();
    expect(resumed).toBe(false);

    state.mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    await waiting;
    expect(resumed).toBe(true);
  });
});
