import type { JSX } from 'preact';

import { chooseErrorAction, type LeadError } from '@/lib/errors';
import { type MessageKey, t } from '@/lib/i18n';

import { ErrorDetails } from './error-details';

export interface ErrorNoticeProps {
  error: LeadError;
  /** Shown as "Try again" for errors that a retry can fix. */
  onRetry?: () => void;
  /** Shown as "Grant access" when the extension lacks a permission; must request it directly. */
  onGrant?: () => void;
  /**
   * Shown as "Open options" for errors fixed there; left out on the options page itself. A prop,
   * not a message sent from here: the hover card renders this without `browser` (card kit).
   */
  onOpenOptions?: () => void;
}

interface NoticeAction {
  label: MessageKey;
  run: () => void;
}

function pickAction(props: ErrorNoticeProps): NoticeAction | null {
  const action = chooseErrorAction(props.error);
  if (action === 'options' && props.onOpenOptions) {
    return { label: 'openOptions', run: props.onOpenOptions };
  }

  if (action === 'retry' && props.onRetry) {
    return { label: 'tryAgain', run: props.onRetry };
  }

  if (action === 'grant' && props.onGrant) {
    return { label: 'grantAccess', run: props.onGrant };
  }

  return null;
}

/** A failure in words, the one action that can fix it, and the technical details folded away. */
export function ErrorNotice(props: ErrorNoticeProps): JSX.Element {
  const action = pickAction(props);

  return (
    <div class="lv-notice" role="alert">
      <p class="lv-notice__message">{props.error.message}</p>
      {action && (
        <button type="button" class="lv-button lv-notice__action" onClick={action.run}>
          {t(action.label)}
        </button>
      )}
      <ErrorDetails error={props.error} />
    </div>
  );
}
