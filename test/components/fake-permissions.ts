import { type Mock, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** fakeBrowser leaves `permissions` out: `contains` answers `granted`, a prompt `answer`. */
export function fakePermissions(granted: boolean, answer = true): Mock<() => Promise<boolean>> {
  fakeBrowser.permissions.contains = vi.fn(async () => granted);
  const request = vi.fn(async () => answer);
  fakeBrowser.permissions.request = request;

  return request;
}

/** A browser that granted `origins`; removals and prompts change them as Chrome would. */
export function fakeGrantedOrigins(origins: string[], answer = true): { origins: string[] } {
  const state = { origins: [...origins] };
  const listeners = new Set<() => void>();
  const notify = (): void => listeners.forEach((listener) => listener());
  const event = {
    addListener: (listener: () => void) => listeners.add(listener),
    removeListener: (listener: () => void) => listeners.delete(listener),
  };
  const change = (next: string[]): void => {
    state.origins = next;
    notify();
  };
  Object.assign(fakeBrowser.permissions, {
    getAll: vi.fn(async () => ({ origins: [...state.origins], permissions: [] })),
    remove: vi.fn(async ({ origins: gone = [] }: { origins?: string[] }) => {
      change(state.origins.filter((origin) => !gone.includes(origin)));

      return true;
    }),
    onAdded: event,
    onRemoved: event,
  });
  fakeBrowser.permissions.request = vi.fn(async ({ origins: added = [] }) => {
    if (answer) {
      change([...state.origins, ...added]);
    }

    return answer;
  });

  return state;
}

/** Only the list of granted origins, leaving `request` and `contains` as a test set them. */
export function fakeSiteList(origins: string[]): void {
  const { request, contains } = fakeBrowser.permissions;
  fakeGrantedOrigins(origins);
  Object.assign(fakeBrowser.permissions, { request, contains });
}
