import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';

import { ResultList } from '../../components/popup/result-list';
import { makeLead } from './make-lead';

const leads = [
  makeLead({ id: '1', name: 'Ada Linwood', companyName: 'Invoice \u202Efdp.exe' }),
  makeLead({ id: '2', name: 'Grace Holloway' }),
  makeLead({ id: '3', name: 'Priya Raman' }),
];

describe('ResultList', () => {
  it('shows lead text without bidi overrides that could spoof it', () => {
    render(<ResultList label="Search results" leads={leads} onOpen={vi.fn()} />);

    expect(screen.getByText(/Invoice/).textContent).toBe('Invoice fdp.exe');
  });

  it('moves between results with the arrow keys and opens one', () => {
    const onOpen = vi.fn();
    render(<ResultList label="Search results" leads={leads} onOpen={onOpen} />);
    const [first, second] = screen.getAllByRole('button');
    first?.focus();
    fireEvent.keyDown(first as HTMLElement, { key: 'ArrowDown' });

    expect(document.activeElement).toBe(second);
    fireEvent.click(second as HTMLElement);
    expect(onOpen).toHaveBeenCalledWith(leads[1]);
  });
});
