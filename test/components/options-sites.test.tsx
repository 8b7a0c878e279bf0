import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { sendMessage } from '@/lib/messages';

import { fakeGrantedOrigins } from './fake-permissions';
import { open } from './options-harness';

vi.mock('@/lib/messages', () => ({ sendMessage: vi.fn() }));

beforeEach(() => {
  fakeBrowser.reset();
  vi.mocked(sendMessage).mockReset();
});

describe('enabled sites', () => {
  it('lists granted sites without the Apideck origin and removes one', async () => {
    const sites = ['https://unify.apideck.com/*', 'https://crm.example/*', 'https://b.example/*'];
    await open(undefined, {}, sites);
    const list = screen.getByRole('list', { name: 'Enabled sites' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    expect(list.textContent).not.toContain('apideck');

    fireEvent.click(screen.getByRole('button', { name: 'Remove https://crm.example' }));

    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    expect(fakeBrowser.permissions.remove).toHaveBeenCalledWith({
      origins: ['https://crm.example/*'],
    });
  });

  it('asks for all sites with "Enable on all sites" and then lists them', async () => {
    await open();
    const state = fakeGrantedOrigins(['https://unify.apideck.com/*']);

    fireEvent.click(await screen.findByRole('button', { name: 'Enable on all sites' }));

    await screen.findByText('All sites');
    expect(state.origins).toContain('*://*/*');
    expect(screen.queryByRole('button', { name: 'Enable on all sites' })).toBeNull();
  });
});
