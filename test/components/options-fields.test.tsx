import { fireEvent, screen } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { sendMessage } from '@/lib/messages';

import { fakePermissions } from './fake-permissions';
import { field, labels, open, type } from './options-harness';

vi.mock('@/lib/messages', () => ({ sendMessage: vi.fn() }));

beforeEach(() => {
  fakeBrowser.reset();
  vi.mocked(sendMessage).mockReset();
  fakePermissions(false);
});

describe('options fields', () => {
  it('labels the five settings, hints at each, and defaults the base URL', async () => {
    await open();

    for (const label of labels) {
      const hint = document.getElementById(`${field(label).id}-hint`);
      expect(hint?.textContent).toMatch(/\w+/);
      expect(field(label).getAttribute('aria-describedby')).toContain(hint?.id);
    }

    expect(field('API base URL').value).toBe('https://unify.apideck.com');
    expect(field('API key').type).toBe('password');
    expect(screen.getByText(/Leave empty to use the CRM each ID belongs to/)).toBeTruthy();
  });

  it('reveals and hides the key with a toggle', async () => {
    await open();

    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    expect(field('API key').type).toBe('text');
    expect(screen.getByRole('button', { name: 'Hide' }).getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(screen.getByRole('button', { name: 'Hide' }));
    expect(field('API key').type).toBe('password');
  });

  it.each([
    ['Service ID', 'Sales Force!', 'A service ID looks like "salesforce" or "zoho-crm".'],
    ['API base URL', 'ftp://x', /^The API base URL must start with https:\/\//],
    ['App ID', 'x'.repeat(513), 'The app ID is too long (512 characters at most).'],
  ] as const)('checks %s as it is typed', async (label, value, message) => {
    await open();

    type(label, value);

    const error = screen.getByText(message);
    expect(field(label).getAttribute('aria-invalid')).toBe('true');
    expect(field(label).getAttribute('aria-describedby')).toContain(error.id);

    type(label, '');
    expect(screen.queryByText(message)).toBeNull();
    expect(field(label).getAttribute('aria-invalid')).toBeNull();
  });
});
