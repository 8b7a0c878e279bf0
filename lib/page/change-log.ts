import type { Mark } from './marks';

/** Marks added or redrawn (true) and removed (false) since the last paint. */
export type MarkChanges = Map<Mark, boolean>;

export interface ChangeLog {
  add(mark: Mark): void;
  remove(mark: Mark): void;
  take(): MarkChanges;
}

export function createChangeLog(): ChangeLog {
  let changes: MarkChanges = new Map();

  return {
    add(mark) {
      changes.set(mark, true);
    },
    remove(mark) {
      changes.set(mark, false);
    },
    take() {
      const taken = changes;
      changes = new Map();

      return taken;
    },
  };
}
