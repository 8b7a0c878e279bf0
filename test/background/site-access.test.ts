import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { canReachApi } from '../../lib/background/site-access';

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('canReachApi', () => {
  it('asks about the portless pattern, which Firefox needs for a base URL with a port', async () => {
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);

    await expect(canReachApi('http://127.0.0.1:4010/apideck')).resolves.toBe(true);
    expect(contains).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] });
  });

  it('answers false without asking for a base URL that is not http(s)', async () => {
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains');

    await expect(canReachApi('ftp://example.com')).resolves.toBe(false);
    expect(contains).not.toHaveBeenCalled();
  });
});
