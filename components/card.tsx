import type { JSX } from 'preact';

import type { LeadReference } from '@/lib/detect';
import type { LeadError } from '@/lib/errors';
import { t } from '@/lib/i18n';
import { displayName } from '@/lib/lead/display';
import type { LeadFound } from '@/lib/messages';
import { nameService } from '@/lib/services';

import { CardSkeleton } from './card-skeleton';
import { ErrorNotice } from './error-notice';
import { LeadProfile } from './lead-profile';

/** What a hover card shows: the lead being fetched, the lead, or why it cannot be shown. */
export type CardView =
  | { kind: 'loading'; reference: LeadReference }
  | { kind: 'found'; reference: LeadReference; found: LeadFound }
  | { kind: 'error'; reference: LeadReference; error: LeadError };

export interface CardProps {
  view: CardView;
  onClose: () => void;
  onRetry: () => void;
  onOpenOptions: () => void;
}

/** The dialog's name: assistive tech announces it, and it must contain the lead's name (C4). */
export function labelCard(view: CardView): string {
  const { id } = view.reference;
  if (view.kind === 'loading') {
    return t('cardLabelLoading', [id]);
  }

  if (view.kind === 'error') {
    return t('cardLabelError', [id]);
  }

  return t('cardLabelFound', [displayName(view.found.lead) ?? id]);
}

function CardBar(props: { reference: LeadReference; onClose: () => void }): JSX.Element {
  const { id, service, recordUrl } = props.reference;

  return (
    <div class="lv-card__bar">
      <p class="lv-card__source">
        {service ? t('cardSourceService', [nameService(service)]) : t('cardSourceUnknown')}{' '}
        <span class="lv-card__id">{id}</span>
      </p>
      {recordUrl && (
        <a class="lv-card__open" href={recordUrl} target="_blank" rel="noopener noreferrer">
          {t('openInCrm')}
        </a>
      )}
      <button
        type="button"
        class="lv-card__close"
        aria-label={t('cardClose')}
        title={t('cardCloseHint')}
        onClick={props.onClose}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}

function CardBody(props: CardProps): JSX.Element {
  const { view } = props;
  if (view.kind === 'loading') {
    return <CardSkeleton />;
  }

  if (view.kind === 'error') {
    return (
      <ErrorNotice error={view.error} onRetry={props.onRetry} onOpenOptions={props.onOpenOptions} />
    );
  }

  return <LeadProfile found={view.found} headingLevel={2} onRefresh={props.onRetry} />;
}

/** The hover card's shell: a labelled, non-modal dialog with a close button (DESIGN 5). */
export function Card(props: CardProps): JSX.Element {
  const { view } = props;

  return (
    <div
      class="lv-theme lv-card"
      role="dialog"
      aria-modal="false"
      aria-label={labelCard(view)}
      aria-busy={view.kind === 'loading'}
      tabIndex={-1}
    >
      <CardBar reference={view.reference} onClose={props.onClose} />
      <div class="lv-card__body">
        <CardBody {...props} />
      </div>
    </div>
  );
}
