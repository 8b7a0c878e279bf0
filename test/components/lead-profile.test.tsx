import { act, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { LeadProfile } from '@/components/lead-profile';
import { formatExactTime } from '@/lib/lead/display';

import { leadFound } from '../support/leads';
import { makeFound } from './make-lead';

const hostileName = '<img src=x onerror=alert(1)>';
const now = Date.parse('2025-06-01T12:00:00Z');

function rowValue(label: string): HTMLElement {
  const term = screen.getByText(label, { selector: 'dt' });
  const value = term.nextElementSibling;
  if (!(value instanceof HTMLElement)) {
    throw new Error(`No value next to ${label}`);
  }

  return value;
}

function expectNoJunkText(container: Element): void {
  expect(container.textContent).not.toMatch(/\bnull\b|\bundefined\b|NaN|\[object/);
  for (const value of container.querySelectorAll('dd')) {
    expect(value.textContent?.trim()).not.toBe('');
  }
}

describe('LeadProfile with a full lead', () => {
  it('shows the name as a heading and every contract field', () => {
    render(<LeadProfile found={leadFound('lead-full')} />);

    expect(screen.getByRole('heading', { level: 2, name: 'Elon Musk' })).toBeTruthy();
    expect(screen.getByRole('article', { name: 'Elon Musk' })).toBeTruthy();
    for (const text of ['Spacex', 'CEO', 'John Doe', 'Cold Call', '$75,000.00']) {
      expect(screen.getByText(text)).toBeTruthy();
    }

    expect(screen.getByText('New', { selector: '.lv-profile__status' })).toBeTruthy();
    expect(rowValue('Owner').textContent).toBe('John Doe');
    expect(rowValue('Amount').textContent).toBe('$75,000.00');
  });

  it('links the primary email and phone and the website safely', () => {
    render(<LeadProfile found={leadFound('lead-full')} />);

    const email = screen.getByRole('link', { name: 'elon@musk.com' });
    expect(email.getAttribute('href')).toBe('mailto:elon@musk.com');
    const phone = screen.getByRole('link', { name: '+1 323 111-111-1111 ext.\u00a0105' });
    expect(phone.getAttribute('href')).toBe('tel:+13231111111111;ext=105');
    const site = screen.getByRole('link', { name: 'example.com' });
    expect(site.getAttribute('href')).toBe('http://example.com/');
    expect(site.getAttribute('target')).toBe('_blank');
    expect(site.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it.each([
    [2, 'H2'],
    [3, 'H3'],
  ] as const)('renders the heading at level %i', (level, tag) => {
    const found = leadFound('lead-full');
    render(<LeadProfile found={found} headingLevel={level} headingId="card-title" />);

    const heading = screen.getByRole('heading', { name: 'Elon Musk' });
    expect(heading.tagName).toBe(tag);
    expect(heading.id).toBe('card-title');
  });

  it('names the connector and when the lead changed, with the exact time on hover', () => {
    const updatedAt = '2025-06-01T09:00:00Z';
    const found = makeFound({ name: 'Ada', updatedAt }, { service: 'zoho-crm' });
    render(<LeadProfile found={found} now={now} />);

    const time = screen.getByText('3 hours ago');
    expect(time.closest('span')?.textContent).toBe('Updated 3 hours ago');
    expect(time.getAttribute('title')).toBe(formatExactTime(updatedAt));
    expect(time.getAttribute('datetime')).toBe(updatedAt);
    expect(screen.getByText('From Zoho CRM')).toBeTruthy();
  });

  it('says when the copy shown is stale, and its Refresh asks the CRM again', () => {
    const fetchedAt = now - 2 * 60 * 60 * 1000;
    const found = { ...makeFound({ name: 'Ada' }), cached: true, stale: true, fetchedAt };
    const onRefresh = vi.fn();
    render(<LeadProfile found={found} now={now} onRefresh={onRefresh} />);

    const note = screen.getByText('Saved copy from 2 hours ago');
    expect(note.getAttribute('title')).toBe(formatExactTime(new Date(fetchedAt).toISOString()));
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(onRefresh).toHaveBeenCalledTimes(1);
  });

  it('says nothing about age for a fresh answer or a fresh cached copy', () => {
    const fresh = { ...makeFound({ name: 'Ada' }), cached: true, fetchedAt: now - 60_000 };
    render(<LeadProfile found={fresh} now={now} onRefresh={() => undefined} />);

    expect(screen.queryByText(/Saved copy/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Refresh' })).toBeNull();
  });

  it('shows tags as a list', () => {
    render(<LeadProfile found={makeFound({ name: 'Ada', tags: ['vip', ' ', 'pilot'] })} />);

    const tags = within(rowValue('Tags')).getAllByRole('listitem');
    expect(tags.map((tag) => tag.textContent)).toEqual(['vip', 'pilot']);
  });
});

describe('LeadProfile with little data', () => {
  it('shows only the heading for a minimal lead, with no empty rows', () => {
    const { container } = render(<LeadProfile found={leadFound('lead-minimal')} />);

    expect(screen.getByRole('heading', { name: 'Jane Doe Lead' })).toBeTruthy();
    expect(container.querySelector('dl')).toBeNull();
    expect(container.querySelector('.lv-profile__role')).toBeNull();
    expectNoJunkText(container);
  });

  it('leaves out whatever a null-heavy lead lacks', () => {
    const { container } = render(<LeadProfile found={leadFound('lead-many-nulls')} />);

    expect(screen.getByRole('heading', { name: 'Ada Lovelace' })).toBeTruthy();
    expect(screen.getByText('Open - Not Contacted')).toBeTruthy();
    expect(rowValue('Phone').textContent).toContain('+44 20 7946 0000');
    for (const label of ['Owner', 'Email', 'Amount', 'Website', 'Tags', 'Source']) {
      expect(screen.queryByText(label, { selector: 'dt' })).toBeNull();
    }

    expectNoJunkText(container);
  });

  it('labels a lead without any name neutrally, without inventing one', () => {
    render(<LeadProfile found={makeFound({ status: 'New' })} />);

    expect(screen.getByRole('heading', { name: 'Unnamed lead' })).toBeTruthy();
    expect(screen.queryByText(/From /)).toBeNull();
  });

  it.each([
    [0, null],
    [1, '1 malformed entry was left out.'],
    [2, '2 malformed entries were left out.'],
  ])('notes %i dropped items', (droppedItems, note) => {
    render(<LeadProfile found={makeFound({ name: 'Ada' }, { droppedItems })} />);

    expect(screen.queryByText(/malformed/)?.textContent ?? null).toBe(note);
  });
});

describe('LeadProfile with hostile data', () => {
  const hostile = makeFound({
    name: hostileName,
    companyName: '<script>alert(2)</script>',
    status: '<b>bold</b>',
    emails: [{ id: null, email: '<b>x</b>@evil.example', type: 'primary' }],
    websites: [
      { id: null, url: 'javascript:alert(1)', type: 'primary' },
      { id: null, url: 'data:text/html,<script>alert(3)</script>', type: null },
    ],
    tags: ['<i>tag</i>'],
  });

  it('renders markup as literal text and creates no elements from it', () => {
    const { container } = render(<LeadProfile found={hostile} />);

    expect(screen.getByRole('heading').textContent).toBe(hostileName);
    expect(screen.getByText('<b>x</b>@evil.example')).toBeTruthy();
    expect(screen.getByText('<script>alert(2)</script>')).toBeTruthy();
    expect(container.querySelectorAll('img, script, b, i')).toHaveLength(0);
  });

  it('links nothing but http(s), mailto: and tel:', () => {
    const { container } = render(<LeadProfile found={hostile} />);

    expect(screen.queryByText('Website', { selector: 'dt' })).toBeNull();
    expect(screen.queryByRole('link', { name: '<b>x</b>@evil.example' })).toBeNull();
    for (const link of container.querySelectorAll('a')) {
      expect(link.getAttribute('href')).toMatch(/^(https?:|mailto:|tel:)/);
    }
  });
});

describe('copy buttons', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it.each([
    ['email', 'elon@musk.com'],
    ['phone number', '+1 323 111-111-1111 ext. 105'],
  ])('copies the %s and confirms', async (what, value) => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    render(<LeadProfile found={leadFound('lead-full')} />);

    fireEvent.click(screen.getByRole('button', { name: `Copy ${what}` }));

    expect(await screen.findByRole('button', { name: 'Copied' })).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(value);
  });

  it('says so when the clipboard refuses, then offers to copy again', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    render(<LeadProfile found={leadFound('lead-full')} />);

    fireEvent.click(screen.getByRole('button', { name: 'Copy email' }));

    expect(await screen.findByRole('button', { name: 'Copy failed' })).toBeTruthy();
    await act(() => {
      vi.advanceTimersByTime(2000);
    });
    expect(screen.getByRole('button', { name: 'Copy email' })).toBeTruthy();
  });
});
