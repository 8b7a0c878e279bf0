import type { JSX } from 'preact';

import { t } from '@/lib/i18n';
import { nameService } from '@/lib/services';

import type { RecentLookup } from './popup-memory';
import { moveFocus } from './result-list';

export interface RecentLookupsProps {
  recent: RecentLookup[];
  onOpen: (entry: RecentLookup) => void;
}

/** The leads looked up in this browser session, newest first. */
export function RecentLookups(props: RecentLookupsProps): JSX.Element | null {
  if (props.recent.length === 0) {
    return null;
  }

  return (
    <section class="lv-section" aria-labelledby="recent-title">
      <h2 id="recent-title" class="lv-section__title">
        {t('recentTitle')}
      </h2>
      <ul class="lv-hits" onKeyDown={moveFocus} aria-labelledby="recent-title">
        {props.recent.map((entry) => (
          <li key={entry.id}>
            <button type="button" class="lv-hit" onClick={() => props.onOpen(entry)}>
              <span class="lv-hit__name">{entry.name ?? entry.id}</span>
              <span class="lv-hit__detail">
                {entry.service ? `${nameService(entry.service)} · ${entry.id}` : entry.id}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
