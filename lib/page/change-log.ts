/** Ranges to add (true) or remove (false) from the highlight since the last paint. */
export type MarkChanges = Map<AbstractRange, boolean>;

export interface ChangeLog {
  add(range: AbstractRange): void;
  remove(range: AbstractRange): void;
  take(): MarkChanges;
}

export function createChangeLog(): ChangeLog {
  let changes: MarkChanges = new Map();

  return {
    add(range) {
      changes.set(range, true);
    },
    remove(range) {
      // A range added since the last paint was never painted: forgetting it is enough.
      if (changes.get(range) === true) {
        changes.delete(range);
      } else {
        changes.set(range, false);
      }
    },
    take() {
      const taken = changes;
      changes = new Map();

      return taken;
    },
  };
}
