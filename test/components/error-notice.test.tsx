import { fireEvent, render, screen, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { ErrorNotice } from '@/components/error-notice';
import { openOptions } from '@/components/open-options';
import type { ErrorCode, LeadError } from '@/lib/errors';
import { sendMessage } from '@/lib/messages';

import { answerWith, sent } from './fake-messages';

vi.mock('@/lib/messages', () => ({ sendMessage: vi.fn() }));

const error = (code: ErrorCode, patch: Partial<LeadError> = {}): LeadError => ({
  code,
  message: `Something about ${code}. Do the thing.`,
  ...patch,
});

beforeEach(() => {
  vi.mocked(sendMessage).mockReset();
  answerWith({ openOptions: () => ({ ok: true }) });
});

describe('ErrorNotice actions', () => {
  it.each([
    ['not-configured', 'Open options'],
    ['unauthorized', 'Open options'],
    ['payment-required', 'Open options'],
    ['forbidden', 'Open options'],
    ['no-access', 'Grant access'],
    ['rate-limited', 'Try again'],
    ['server', 'Try again'],
    ['timeout', 'Try again'],
    ['network', 'Try again'],
    ['invalid-response', 'Try again'],
    ['internal', 'Try again'],
    ['not-found', null],
    ['bad-request', null],
    ['unprocessable', null],
    ['invalid-message', null],
    ['unavailable', null],
  ] as const)('%s offers %s', (code, action) => {
    const handlers = { onRetry: vi.fn(), onGrant: vi.fn(), onOpenOptions: vi.fn() };
    render(<ErrorNotice error={error(code)} {...handlers} />);

    const alert = screen.getByRole('alert');
    expect(within(alert).getByText(`Something about ${code}. Do the thing.`)).toBeTruthy();
    const names = within(alert)
      .queryAllByRole('button')
      .map((button) => button.textContent);
    expect(names).toEqual(action ? [action] : []);
  });

  it('opens the options page through the background', () => {
    render(<ErrorNotice error={error('unauthorized')} onOpenOptions={openOptions} />);

    fireEvent.click(screen.getByRole('button', { name: 'Open options' }));

    expect(sent('openOptions')).toEqual([{}]);
  });

  it.each([
    ['Try again', 'timeout', 'onRetry'],
    ['Grant access', 'no-access', 'onGrant'],
    ['Open options', 'not-configured', 'onOpenOptions'],
  ] as const)('%s calls %s', (name, code, handler) => {
    const handlers = { onRetry: vi.fn(), onGrant: vi.fn(), onOpenOptions: vi.fn() };
    render(<ErrorNotice error={error(code)} {...handlers} />);

    fireEvent.click(screen.getByRole('button', { name }));

    expect(handlers[handler]).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['a retry without onRetry', error('timeout'), {}],
    ['a grant without onGrant', error('no-access'), {}],
    ['options without onOpenOptions (the options page)', error('unauthorized'), {}],
  ])('offers no button for %s', (_case, failure, props) => {
    render(<ErrorNotice error={failure} {...props} />);

    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('ErrorNotice details', () => {
  it('folds away status, type, Apideck detail and request ID', () => {
    const failure = error('unauthorized', {
      status: 401,
      typeName: 'UnauthorizedError',
      detail: 'Missing authentication <b>token</b>',
      requestId: 'req-123',
    });
    const { container } = render(<ErrorNotice error={failure} />);

    const details = container.querySelector('details');
    expect(details?.open).toBe(false);
    expect(within(details as HTMLElement).getByText('Details')).toBeTruthy();
    for (const value of ['401', 'UnauthorizedError', 'Missing authentication <b>token</b>']) {
      expect(screen.getByText(value)).toBeTruthy();
    }

    expect(screen.getByText('Request ID').nextElementSibling?.textContent).toBe('req-123');
    expect(container.querySelector('b')).toBeNull();
  });

  it('shows only the details that exist, and none when there are none', () => {
    const failure = error('server', { status: 502 });
    const { container, rerender } = render(<ErrorNotice error={failure} />);

    expect(screen.getByText('502')).toBeTruthy();
    expect(screen.queryByText('Request ID')).toBeNull();

    rerender(<ErrorNotice error={error('network')} />);
    expect(container.querySelector('details')).toBeNull();
  });
});
