import type { JSX } from 'preact';
import { useState } from 'preact/hooks';

import { t } from '@/lib/i18n';
import { safeHref } from '@/lib/lead/display';
import type { LeadFound } from '@/lib/messages';

import { LeadDetails } from '../profile-details/lead-details';
import type { LookupRequest } from './use-lookup';

export interface ProfileActionsProps {
  found: LeadFound;
  request: LookupRequest;
}

/** "Show all fields" and "Open in CRM" under the compact profile. */
export function ProfileActions(props: ProfileActionsProps): JSX.Element {
  const [expanded, setExpanded] = useState(false);
  const crm = safeHref(props.request.recordUrl);

  return (
    <div class="lv-profile-actions">
      <div class="lv-profile-actions__row">
        <button
          type="button"
          class="lv-button"
          aria-expanded={expanded}
          aria-controls="lead-details"
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t('showFewerFields') : t('showAllFields')}
        </button>
        {crm && (
          <a class="lv-button" href={crm} target="_blank" rel="noopener noreferrer">
            {t('openInCrm')}
          </a>
        )}
      </div>
      <div id="lead-details" hidden={!expanded}>
        {expanded && <LeadDetails found={props.found} now={Date.now()} />}
      </div>
    </div>
  );
}
