import { type Mock, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** fakeBrowser leaves `permissions` out: `contains` answers `granted`, a prompt `answer`. */
export function fakePermissions(granted: boolean, answer = true): Mock<() => Promise<boolean>> {
  fakeBrowser.permissions.contains = vi.fn(async () => granted);
  const request = vi.fn(async () => answer);
  fakeBrowser.permissions.request = request;

  return request;
}
