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

/**
 * A copy older than the cache lifetime is shown at once (the background fetches a fresh one, or
 * cannot reach the CRM): say how old it is, and let the user ask for the CRM's current answer.
 */
function StaleNote(props: { fetchedAt: number; now: number; onRefresh?: () => void }): JSX.Element {
  const iso = new Date(props.fetchedAt).toISOString();
  const age = formatRelativeTime(iso, props.now) ?? formatExactTime(iso) ?? iso;

  return (
    <p class="lv-profile__note lv-profile__stale">
      <span title={formatExactTime(iso) ?? undefined}>{t('profileStale', [age])}</span>
      {props.onRefresh && (
        <button type="button" class="lv-profile__refresh" onClick={props.onRefresh}>
          {t('profileRefresh')}
        </button>
      )}
    </p>
  );
}

export interface ProfileFooterProps {
  found: LeadFound;
  now: number;
  /** Fetches the lead again, bypassing the cache; offered on a stale copy. */
  onRefresh?: () => void;
}

/**
 * When the lead changed, which CRM answered, how old a stale copy is, and whether anything
 * unreadable was skipped.
 */
export function ProfileFooter(props: ProfileFooterProps): JSX.Element | null {
  const { lead, service, droppedItems, stale, fetchedAt } = props.found;
  const iso = lead.updatedAt;
  const relative = formatRelativeTime(iso, props.now);
  const updated = iso && relative ? <Updated iso={iso} relative={relative} /> : null;
  if (!updated && !service && droppedItems <= 0 && stale !== true) {
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
      {stale === true && (
        <StaleNote fetchedAt={fetchedAt} now={props.now} onRefresh={props.onRefresh} />
      )}
      {droppedItems > 0 && <p class="lv-profile__note">{droppedNote(droppedItems)}</p>}
    </footer>
  );
}
