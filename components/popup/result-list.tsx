import type { JSX } from 'preact';

import { stripBidiControls } from '@/lib/format/bidi';
import { t } from '@/lib/i18n';
import { displayName, primaryEmail } from '@/lib/lead/display';
import type { Lead } from '@/lib/lead/model';

/** Arrow keys, Home and End move between the results; Enter or Space opens one. */
export function moveFocus(event: KeyboardEvent): void {
  const list = event.currentTarget;
  if (!(list instanceof HTMLElement)) {
    return;
  }

  const buttons = [...list.querySelectorAll<HTMLButtonElement>('.lv-hit')];
  const at = buttons.findIndex((button) => button === document.activeElement);
  const steps: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1 };
  const target =
    event.key === 'Home' ? 0 : event.key === 'End' ? buttons.length - 1 : steps[event.key];
  if (target === undefined || buttons.length === 0) {
    return;
  }

  event.preventDefault();
  buttons[Math.max(0, Math.min(buttons.length - 1, target))]?.focus();
}

function Hit(props: { lead: Lead; onOpen: (lead: Lead) => void }): JSX.Element {
  const { lead } = props;
  const name = displayName(lead) ?? t('unnamedLead');
  const detail = stripBidiControls(
    [lead.companyName, primaryEmail(lead)].filter(Boolean).join(' · '),
  );

  return (
    <li>
      <button type="button" class="lv-hit" onClick={() => props.onOpen(lead)}>
        <span class="lv-hit__name">{name}</span>
        {detail && <span class="lv-hit__detail">{detail}</span>}
      </button>
    </li>
  );
}

export interface ResultListProps {
  label: string;
  leads: Lead[];
  onOpen: (lead: Lead) => void;
}

/** Leads as a list of buttons, navigable with the arrow keys. */
export function ResultList(props: ResultListProps): JSX.Element {
  return (
    <ul class="lv-hits" aria-label={props.label} onKeyDown={moveFocus}>
      {props.leads.map((lead) => (
        <Hit key={lead.id} lead={lead} onOpen={props.onOpen} />
      ))}
    </ul>
  );
}
