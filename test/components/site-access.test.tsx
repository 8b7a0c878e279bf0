import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { SiteAccess } from '@/components/popup/site-access';
import { sendMessage } from '@/lib/messages';

import { answerWith, type Replies, sent } from './fake-messages';
import { fakePermissions } from './fake-permissions';

vi.mock('@/lib/messages', () => ({ sendMessage: vi.fn() }));

async function openTab(url: string): Promise<number> {
  const window = await fakeBrowser.windows.create({ focused: true });
  const tab = await fakeBrowser.tabs.create({ windowId: window?.id, url, active: true });

  return tab.id ?? -1;
}

const activated: Replies = { activateTab: () => ({ ok: true, injected: true }) };

beforeEach(() => {
  fakeBrowser.reset();
  vi.mocked(sendMessage).mockReset();
  answerWith(activated);
});

describe('SiteAccess', () => {
  it('asks for the page origin in the click itself, then activates the tab', async () => {
    const tabId = await openTab('https://crm.example.com:8443/leads/42?x=1');
    const request = fakePermissions(false);
    render(<SiteAccess />);

    const offer = 'Find lead IDs on crm.example.com:8443 as you browse.';
    expect(await screen.findByText(offer)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Enable on this site' }));

    // Called before the handler yields: Firefox drops the user gesture after any await.
    expect(request).toHaveBeenCalledWith({ origins: ['https://crm.example.com/*'] });
    expect(await screen.findByText('Lead Viewer is on for crm.example.com:8443.')).toBeTruthy();
    expect(sent('activateTab')).toEqual([{ tabId }]);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says the site is already on when access was granted earlier', async () => {
    await openTab('http://intranet.example/lead');
    fakePermissions(true);
    render(<SiteAccess />);

    expect(await screen.findByText('Lead Viewer is on for intranet.example.')).toBeTruthy();
    expect(fakeBrowser.permissions.contains).toHaveBeenCalledWith({
      origins: ['http://intranet.example/*'],
    });
    expect(screen.queryByRole('button', { name: 'Enable on this site' })).toBeNull();
  });

  it('stays off and says so when the person refuses', async () => {
    await openTab('https://crm.example.com/');
    fakePermissions(false, false);
    render(<SiteAccess />);

    fireEvent.click(await screen.findByRole('button', { name: 'Enable on this site' }));

    expect(await screen.findByText(/stays off for crm.example.com/)).toBeTruthy();
    expect(sent('activateTab')).toEqual([]);
  });

  it.each([
    'chrome-extension://abcdefghijklmnop/popup.html',
    'about:blank',
    'file:///home/me/leads.html',
  ])('is hidden on %s', async (url) => {
    await openTab(url);
    fakePermissions(false);
    const query = vi.spyOn(fakeBrowser.tabs, 'query');
    const { container } = render(<SiteAccess />);

    await waitFor(() => expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true }));
    await new Promise((settle) => setTimeout(settle, 10));
    expect(container.innerHTML).toBe('');
    expect(fakeBrowser.permissions.contains).not.toHaveBeenCalled();
  });
});
