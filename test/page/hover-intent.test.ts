import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { closeGraceMs, createHoverIntent, openDelayMs } from '@/lib/page/hover-intent';

type Id = 'a' | 'b' | 'c';

function setup() {
  const controller = new AbortController();
  const onOpen = vi.fn<(target: Id) => void>();
  const onClose = vi.fn();
  const onPending = vi.fn<(target: Id) => void>();
  const intent = createHoverIntent<Id>({ onOpen, onClose, onPending, signal: controller.signal });
  const over = (candidate: Id | null, onCard = false): void => intent.update({ candidate, onCard });

  return { intent, onOpen, onClose, onPending, over, controller };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('hover intent', () => {
  it('opens after the pointer rests on an ID, also while it moves within it', () => {
    const { onOpen, over } = setup();
    over('a');
    vi.advanceTimersByTime(openDelayMs - 100);
    over('a');
    expect(onOpen).not.toHaveBeenCalled();

    vi.advanceTimersByTime(100);
    expect(onOpen).toHaveBeenCalledExactlyOnceWith('a');
  });

  it('says when the rest on an ID begins, once per ID, before the card opens', () => {
    const { onOpen, onPending, over } = setup();
    over('a');
    over('a');
    expect(onPending.mock.calls).toEqual([['a']]);
    expect(onOpen).not.toHaveBeenCalled();

    over(null);
    over('b');
    expect(onPending.mock.calls).toEqual([['a'], ['b']]);
  });

  it('opens nothing when the pointer sweeps across IDs', () => {
    const { onOpen, over } = setup();
    for (const id of ['a', 'b', 'c', 'a', 'b'] as const) {
      over(id);
      vi.advanceTimersByTime(openDelayMs / 3);
      over(null);
      vi.advanceTimersByTime(20);
    }

    vi.advanceTimersByTime(5_000);
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('stays open while the pointer crosses onto the card, and never times out there', () => {
    const { onClose, over } = setup();
    over('a');
    vi.advanceTimersByTime(openDelayMs);
    over(null);
    vi.advanceTimersByTime(closeGraceMs - 50);
    over(null, true);
    vi.advanceTimersByTime(60_000);

    expect(onClose).not.toHaveBeenCalled();
  });

  it('closes once the pointer has left both the ID and the card for the grace period', () => {
    const { onClose, over, intent } = setup();
    over('a');
    vi.advanceTimersByTime(openDelayMs);
    over(null, true);
    over(null);
    vi.advanceTimersByTime(closeGraceMs - 1);
    expect(onClose).not.toHaveBeenCalled();

    vi.advanceTimersByTime(1);
    expect(onClose).toHaveBeenCalledOnce();
    expect(intent.shown()).toBeNull();
  });

  it('switches to another ID after a rest there, without closing in between', () => {
    const { onOpen, onClose, over } = setup();
    over('a');
    vi.advanceTimersByTime(openDelayMs);
    over('b');
    vi.advanceTimersByTime(closeGraceMs - 10);
    over('b', false);
    vi.advanceTimersByTime(openDelayMs - closeGraceMs + 10);

    expect(onOpen.mock.calls).toEqual([['a'], ['b']]);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('does not reopen a dismissed card until the pointer leaves its ID', () => {
    const { onOpen, over, intent } = setup();
    over('a');
    vi.advanceTimersByTime(openDelayMs);
    intent.dismiss();
    over('a');
    vi.advanceTimersByTime(openDelayMs * 3);
    expect(onOpen).toHaveBeenCalledOnce();

    over(null);
    over('a');
    vi.advanceTimersByTime(openDelayMs);
    expect(onOpen).toHaveBeenCalledTimes(2);
  });

  it('forgets pending timers when its signal aborts', () => {
    const { onOpen, over, controller } = setup();
    over('a');
    controller.abort();
    vi.advanceTimersByTime(openDelayMs * 2);

    expect(onOpen).not.toHaveBeenCalled();
  });
});

describe('hover intent between IDs', () => {
  it('closes the open card after the grace period once the pointer passes another ID', () => {
    const { onOpen, onClose, over } = setup();
    over('a');
    vi.advanceTimersByTime(openDelayMs);
    over('b');
    vi.advanceTimersByTime(100);
    over(null);
    vi.advanceTimersByTime(closeGraceMs);

    expect(onOpen.mock.calls).toEqual([['a']]);
    expect(onClose).toHaveBeenCalledOnce();
  });
});
