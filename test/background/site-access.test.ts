import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import {
  canReachApi,
  injectIntoGrantedTabs,
  syncContentScript,
} from '../../lib/background/site-access';

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

describe('injectIntoGrantedTabs', () => {
  it('starts detection in the open tabs of a newly granted site, not in hidden-URL tabs', async () => {
    const query = vi
      .spyOn(fakeBrowser.tabs, 'query')
      .mockResolvedValue([{ id: 3, url: 'https://crm.example.com/leads' }, { id: 4 }] as never);
    const executeScript = vi.fn().mockResolvedValue([]);
    vi.spyOn(fakeBrowser, 'scripting', 'get').mockReturnValue({ executeScript } as never);

    await injectIntoGrantedTabs(['https://crm.example.com/*']);

    expect(query).toHaveBeenCalledWith({ url: ['https://crm.example.com/*'] });
    expect(executeScript).toHaveBeenCalledTimes(1);
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId: 3 },
      files: ['/content-scripts/content.js'],
    });
  });

  it('does nothing when only the API origin was granted', async () => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query');

    await injectIntoGrantedTabs(['https://unify.apideck.com/*']);

    expect(query).not.toHaveBeenCalled();
  });
});

describe('syncContentScript', () => {
  it('keeps the registration across browser restarts when it updates the sites', async () => {
    vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({
      origins: ['https://crm.example.com/*'],
    } as never);
    const updateContentScripts = vi.fn().mockResolvedValue(undefined);
    const getRegisteredContentScripts = vi.fn().mockResolvedValue([{ id: 'x' }]);
    vi.spyOn(fakeBrowser, 'scripting', 'get').mockReturnValue({
      getRegisteredContentScripts,
      updateContentScripts,
    } as never);

    await syncContentScript();

    expect(updateContentScripts).toHaveBeenCalledWith([
      expect.objectContaining({
        matches: ['https://crm.example.com/*'],
        persistAcrossSessions: true,
      }),
    ]);
  });
});
