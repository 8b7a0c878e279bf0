import type { JSX } from 'preact';

import { splitAround, t, tPlural } from '@/lib/i18n';
import { formatExactTime, formatRelativeTime } from '@/lib/lead/display';
import type { LeadFound } from '@/lib/messages';
import { nameService } from '@/lib/services';

function Updated(props: { iso: string; relative: string }): JSX.Element {
  const [before, after] = splitAround('profileUpdated');

  return (
    <span>
      {before}
      <time dateTime={props.iso} title={formatExactTime(props.iso) ?? undefined}>
        {props.relative}
      </time>
      {after}
    </span>
  );
}

const droppedNote = (count: number): string =>
  tPlural(count, 'profileDroppedOne', 'profileDroppedOther');

/** When the lead changed, which CRM answered, and whether anything unreadable was skipped. */
export function ProfileFooter(props: { found: LeadFound; now: number }): JSX.Element | null {
  const { lead, service, droppedItems } = props.found;
  const iso = lead.updatedAt;
  const relative = formatRelativeTime(iso, props.now);
  const updated = iso && relative ? <Updated iso={iso} relative={relative} /> : null;
  if (!updated && !service && droppedItems <= 0) {
    return null;
  }

  return (
    <footer class="lv-profile__footer">
      {(updated || service) && (
        <p class="lv-profile__meta">
          {updated}
          {service && (
            <span class="lv-profile__service">{t('profileFrom', [nameService(service)])}</span>
          )}
        </p>
      )}
      {droppedItems > 0 && <p class="lv-profile__note">{droppedNote(droppedItems)}</p>}
    </footer>
  );
}
