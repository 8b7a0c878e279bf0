import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';

import { Card, type CardView } from '@/components/card';
import type { LeadReference } from '@/lib/detect';

import { makeFound } from './make-lead';

const reference: LeadReference = {
  id: '00Q5e00000AdLvQEAV',
  service: 'salesforce',
  source: 'text',
};

function renderCard(view: CardView) {
  const onClose = vi.fn();
  const onRetry = vi.fn();
  const onOpenOptions = vi.fn();
  render(<Card view={view} onClose={onClose} onRetry={onRetry} onOpenOptions={onOpenOptions} />);

  return { onClose, onRetry, onOpenOptions, dialog: screen.getByRole('dialog') };
}

describe('Card', () => {
  it('is a labelled non-modal dialog that names the ID while loading', () => {
    const { dialog } = renderCard({ kind: 'loading', reference });

    expect(dialog.getAttribute('aria-modal')).toBe('false');
    expect(dialog.getAttribute('aria-label')).toBe(`Loading lead ${reference.id}`);
    expect(dialog.getAttribute('aria-busy')).toBe('true');
    expect(screen.getByText(reference.id)).toBeTruthy();
    expect(screen.getByText('Salesforce', { exact: false })).toBeTruthy();
  });

  it('is named after the lead once found, and shows its profile', () => {
    const found = makeFound({ name: 'Ada Linwood', companyName: 'Linwood Labs' });
    const { dialog } = renderCard({ kind: 'found', reference, found });

    expect(dialog.getAttribute('aria-label')).toBe('Lead: Ada Linwood');
    expect(dialog.getAttribute('aria-busy')).toBe('false');
    expect(screen.getByRole('heading', { name: 'Ada Linwood' })).toBeTruthy();
  });

  it('falls back to the ID in its name for a lead without one', () => {
    const { dialog } = renderCard({ kind: 'found', reference, found: makeFound() });

    expect(dialog.getAttribute('aria-label')).toBe(`Lead: ${reference.id}`);
  });

  it('shows an error in words with a retry that reaches its caller', () => {
    const error = { code: 'network' as const, message: 'Could not reach Apideck. Try again.' };
    const { onRetry } = renderCard({ kind: 'error', reference, error });

    expect(screen.getByRole('alert').textContent).toContain('Could not reach Apideck');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('offers the options page for an error fixed there, through its caller', () => {
    const error = { code: 'unauthorized' as const, message: 'Apideck rejected the API key.' };
    const { onOpenOptions } = renderCard({ kind: 'error', reference, error });

    fireEvent.click(screen.getByRole('button', { name: 'Open options' }));
    expect(onOpenOptions).toHaveBeenCalledOnce();
  });

  it('names the CRM in its header, or says "Lead" when the CRM is unknown', () => {
    renderCard({ kind: 'loading', reference: { id: '42', source: 'attribute' } });

    expect(document.querySelector('.lv-card__source')?.textContent).toBe('Lead 42');
  });

  it('has a visible close button', () => {
    const { onClose } = renderCard({ kind: 'loading', reference });
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));

    expect(onClose).toHaveBeenCalledOnce();
  });

  it('links to the lead in its CRM when the record page is known', () => {
    const recordUrl = 'https://app.close.com/lead/lead_x/';
    renderCard({ kind: 'loading', reference: { ...reference, recordUrl } });

    expect(screen.getByRole('link', { name: 'Open in CRM' }).getAttribute('href')).toBe(recordUrl);
  });
});
