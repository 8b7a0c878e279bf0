import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';

import { LeadDetails } from '@/components/profile-details/lead-details';

import { makeFound } from './make-lead';

const customField = (name: string, value: unknown) => ({
  id: null,
  name,
  description: null,
  value: value as never,
});

describe('expanded profile', () => {
  it('shows custom values of every type readably, never "[object Object]"', () => {
    const found = makeFound({
      customFields: [
        customField('Segment', 'Retail'),
        customField('Score', 87.5),
        customField('Consent', true),
        customField('Plan', { tier: 'gold', seats: 40 }),
        customField('Interests', ['a', 3, false]),
        customField('Next call', null),
      ],
    });
    const { container } = render(<LeadDetails found={found} now={0} />);

    const text = container.textContent ?? '';
    expect(text).not.toContain('[object Object]');
    for (const shown of ['Retail', '87.5', 'Yes', 'tier: gold; seats: 40', 'a, 3, No', '—']) {
      expect(text).toContain(shown);
    }
  });

  it('links only http(s) websites and lists every email and phone', () => {
    const found = makeFound({
      emails: [
        { id: null, email: 'a@x.example', type: 'work' },
        { id: null, email: 'b@x.example', type: null },
      ],
      websites: [
        { id: null, url: 'https://ok.example', type: null },
        { id: null, url: 'javascript:alert(1)', type: null },
      ],
    });
    render(<LeadDetails found={found} now={0} />);

    expect(screen.getByRole('link', { name: 'https://ok.example' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'javascript:alert(1)' })).toBeNull();
    expect(screen.getByText('javascript:alert(1)')).toBeTruthy();
    expect(screen.getByText('Email (work)')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'b@x.example' })).toBeTruthy();
  });

  it('gives created and updated as relative times with the exact time on hover', () => {
    const now = Date.parse('2024-05-10T12:00:00Z');
    const found = makeFound({ createdAt: '2024-05-08T12:00:00Z' }, { service: 'hubspot' });
    render(<LeadDetails found={found} now={now} />);

    const time = screen.getByText('2 days ago');
    expect(time.getAttribute('title')).toMatch(/2024/);
    expect(screen.getByText('HubSpot')).toBeTruthy();
  });
});
