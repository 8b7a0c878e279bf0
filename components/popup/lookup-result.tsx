import type { JSX } from 'preact';

import { t } from '@/lib/i18n';

import { ErrorNotice } from '../error-notice';
import { LeadProfile } from '../lead-profile';
import { openOptions } from '../open-options';
import { ProfileActions } from './profile-actions';
import type { LookupState } from './use-lookup';

function Skeleton(): JSX.Element {
  return (
    <div class="lv-skeleton" aria-hidden="true">
      <span class="lv-skeleton__avatar" />
      <span class="lv-skeleton__line lv-skeleton__line--wide" />
      <span class="lv-skeleton__line" />
      {[1, 2, 3, 4].map((row) => (
        <span key={row} class="lv-skeleton__line lv-skeleton__line--fact" />
      ))}
    </div>
  );
}

export interface LookupResultProps {
  state: LookupState;
  onRetry: () => void;
  /** Requests the API origin when the error is a missing permission. */
  onGrant?: () => void;
  /** Shown as "Back to results" when the profile was opened from a search. */
  onBack?: () => void;
}

/** Whatever the last lookup produced; the status line is announced to screen readers. */
export function LookupResult(props: LookupResultProps): JSX.Element {
  const { state, onGrant } = props;

  return (
    <div class="lv-result">
      <p class="lv-result__status" role="status">
        {state.kind === 'loading' ? t('lookupBusyFor', [state.request.id]) : ''}
      </p>
      {props.onBack && (
        <button type="button" class="lv-button lv-result__back" onClick={props.onBack}>
          {t('backToResults')}
        </button>
      )}
      {state.kind === 'loading' && <Skeleton />}
      {state.kind === 'found' && (
        <>
          <LeadProfile found={state.found} headingLevel={2} onRefresh={props.onRetry} />
          <ProfileActions key={state.found.lead.id} found={state.found} request={state.request} />
        </>
      )}
      {state.kind === 'failed' && (
        <ErrorNotice
          error={state.error}
          onRetry={props.onRetry}
          onGrant={onGrant}
          onOpenOptions={openOptions}
        />
      )}
    </div>
  );
}
