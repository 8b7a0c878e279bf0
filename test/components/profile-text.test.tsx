import { readFileSync } from 'node:fs';

import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';

import { LeadDetails } from '@/components/profile-details/lead-details';
import { LeadProfile } from '@/components/lead-profile';

import { makeFound, makeLead } from './make-lead';

const spoof = '\u202E';
// Vitest stubs CSS imports, so the style sheets are read as files.
const readCss = (path: string): string => readFileSync(`components/${path}`, 'utf8');
const themeCss = readCss('theme.css');
const profileCss = readCss('lead-profile.css');
const popupCss = readCss('popup/popup.css');

/** The declarations of the rule written exactly for `selector` (happy-dom computes none). */
function rule(css: string, selector: string): string {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(?:^|\\})\\s*${escaped}\\s*\\{([^}]*)\\}`).exec(css);

  return match?.[1]?.replace(/\s+/g, ' ').trim() ?? '';
}

describe('bidi controls in lead text', () => {
  const lead = makeLead({
    name: `Ada ${spoof}exe.txt`,
    title: `CEO${spoof}`,
    companyName: `\u2066Difference Engine\u2069`,
    status: `Open${spoof}`,
    tags: [`vip\u202Bx`],
    ownerName: `\u202AJohn`,
    leadSource: `Web\u2067`,
    customFields: [{ id: 'c1', name: `Size${spoof}`, value: `big${spoof}`, description: null }],
    addresses: [],
  });

  it('are removed from the profile and every value is isolated', () => {
    const { container } = render(<LeadProfile found={{ ...makeFound(), lead }} />);

    expect(container.textContent).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(screen.getByRole('heading').getAttribute('dir')).toBe('auto');
    expect(screen.getByRole('heading').textContent).toBe('Ada exe.txt');
    for (const text of ['CEO', 'Difference Engine', 'Open', 'vipx', 'John', 'Web']) {
      expect(screen.getByText(text).closest('[dir="auto"]')).toBeTruthy();
    }
  });

  it('are removed from the details', () => {
    const { container } = render(<LeadDetails found={{ ...makeFound(), lead }} now={0} />);

    expect(container.textContent).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(screen.getByText('big').closest('[dir="auto"]')).toBeTruthy();
  });
});

describe('profile header', () => {
  it('does not repeat a company that is the name (Close leads)', () => {
    const found = makeFound({
      name: 'Blue Heron Outfitters',
      companyName: 'blue heron outfitters ',
    });
    const { container } = render(<LeadProfile found={found} />);

    expect(container.querySelector('.lv-profile__role')).toBeNull();
  });

  it('still shows a different company next to the title', () => {
    render(<LeadProfile found={makeFound({ name: 'Ada', title: 'CEO', companyName: 'ACME' })} />);

    expect(screen.getByText('ACME')).toBeTruthy();
  });
});

describe('profile layout rules', () => {
  it('keeps a huge amount on one line and lets its row wrap whole', () => {
    render(<LeadProfile found={makeFound({ monetaryAmount: 1e21, currency: 'USD' })} />);

    const row = screen.getByText('Amount').parentElement;
    expect(row?.classList.contains('lv-fact--wrap')).toBe(true);
    expect(rule(themeCss, '.lv-fact--wrap > dd')).toContain('white-space: nowrap');
    expect(rule(themeCss, '.lv-fact--wrap')).toContain('flex-wrap: wrap');
  });

  it('breaks emails and phone numbers only where a word cannot fit', () => {
    const values = rule(themeCss, '.lv-fact > dd');
    expect(values).toContain('overflow-wrap: break-word');
    expect(values).toContain('word-break: normal');
    expect(values).not.toContain('anywhere');
    expect(rule(popupCss, '.lv-details__text,\n.lv-detail__lines')).not.toContain('anywhere');
  });

  it('lets the status pill use the whole width, with the full text as its title', () => {
    render(<LeadProfile found={makeFound({ status: 'Open - Not Contacted' })} />);

    const pill = screen.getByText('Open - Not Contacted');
    expect(pill.title).toBe('Open - Not Contacted');
    expect(rule(profileCss, '.lv-profile__status')).toBe('max-width: 100%;');
  });
});
