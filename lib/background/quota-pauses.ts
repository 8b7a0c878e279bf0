import { browser } from 'wxt/browser';

import { z } from '../zod';

const prefix = 'quota-pause:';
const PauseRecord = z.object({ until: z.number() });

/**
 * When each quota scope (API base URL, consumer, service) may be called again, as epoch ms in
 * `storage.session`: a worker Chrome stopped and restarted still honours a pause, and no alarm
 * or timer has to survive. Memory only stands in when session storage fails.
 */
export class QuotaPauses {
  private readonly memory = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Epoch ms the scope is paused until, or 0 when it may be called now. */
  async until(scope: string): Promise<number> {
    let until: number;
    try {
      const stored = await browser.storage.session.get(prefix + scope);
      const record = PauseRecord.safeParse(stored[prefix + scope]);
      until = record.success ? record.data.until : 0;
    } catch {
      until = this.memory.get(scope) ?? 0;
    }

    return until > this.now() ? until : 0;
  }

  /** Lifts one scope's pause: a call made despite it was answered. */
  async resume(scope: string): Promise<void> {
    this.memory.delete(scope);
    try {
      await browser.storage.session.remove(prefix + scope);
    } catch {
      // The memory copy is gone; a stored one would have failed to be read as well.
    }
  }

  /** Lifts every pause: other credentials (or a user who says so) may have a fresh quota. */
  async clear(): Promise<void> {
    this.memory.clear();
    try {
      const stored = await browser.storage.session.get(null);
      const keys = Object.keys(stored).filter((key) => key.startsWith(prefix));
      await browser.storage.session.remove(keys);
    } catch {
      // Only the memory copy was in use.
    }
  }

  async pause(scope: string, until: number): Promise<void> {
    this.memory.set(scope, until);
    try {
      await browser.storage.session.set({ [prefix + scope]: { until } });
    } catch {
      // The memory copy still pauses this worker's calls.
    }
  }
}
