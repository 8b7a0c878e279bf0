import { fireEvent, screen } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { sendMessage } from '@/lib/messages';

import { fakePermissions } from './fake-permissions';
import { open } from './options-harness';

vi.mock('@/lib/messages', () => ({ sendMessage: vi.fn() }));

beforeEach(() => {
  fakeBrowser.reset();
  vi.mocked(sendMessage).mockReset();
  fakePermissions(false);
});

const input = (label: string, value: string): void => {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
};

const patternError = (): string | null =>
  document.getElementById('pattern-regex-error')?.textContent ?? null;

describe('your own patterns', () => {
  it('shows the example pattern as written, braces and all', async () => {
    await open();

    expect(screen.getByText('LEAD-(\\d{6})').tagName).toBe('CODE');
  });

  it.each([
    ['(a+)+b', /Repeated groups that repeat inside/],
    ['(?:a|aa)+(b)', /Repeated choices whose options can match the same text/],
    ['()', /matches empty text/],
    ['(\\d*)', /matches empty text/],
    ['(', /not a valid regular expression/],
    ['abc', /exactly one capture group/],
    ['(a)(b)', /exactly one capture group/],
    ['(x)\\1', /Backreferences/],
    [`(${'a?'.repeat(28)}a{28})`, /in a row that can match the same characters/],
  ])('says why %s is refused while it is typed', async (pattern, reason) => {
    await open();

    input('Pattern', pattern);
    input('CRM service ID', 'salesforce');

    expect(patternError()).toMatch(reason);
    expect(screen.getByRole('button', { name: 'Add pattern' })).toHaveProperty('disabled', true);
  });

  it('keeps the length message for an over-long pattern', async () => {
    await open();

    input('Pattern', `(${'a'.repeat(500)})`);

    expect(patternError()).toBe('Type a pattern of 1 to 500 characters.');
  });

  it('tests the pattern on sample text before a service ID is typed', async () => {
    await open();

    input('Pattern', 'LEAD-(\\d{6})');
    input('Test the pattern on sample text', 'see LEAD-123456 and LEAD-654321');

    expect(screen.getByText('Finds: 123456, 654321')).toBeTruthy();
  });

  it('says why it cannot test yet while the pattern is refused', async () => {
    await open();

    input('Pattern', '(a+)+b');
    input('Test the pattern on sample text', 'aaab');

    expect(screen.getByText('Type a usable pattern above to test it.')).toBeTruthy();
  });
});
