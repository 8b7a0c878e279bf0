import type { JSX } from 'preact';

import type { LeadError } from '@/lib/errors';
import { type MessageKey, t } from '@/lib/i18n';

function Detail(props: { label: MessageKey; value: string | number | undefined }) {
  if (props.value === undefined || props.value === '') {
    return null;
  }

  return (
    <div class="lv-fact">
      <dt>{t(props.label)}</dt>
      <dd>{String(props.value)}</dd>
    </div>
  );
}

/** What support needs: the HTTP status, Apideck's type and words, and the request ID. */
export function ErrorDetails(props: { error: LeadError }): JSX.Element | null {
  const { status, typeName, detail, requestId } = props.error;
  if (status === undefined && !typeName && !detail && !requestId) {
    return null;
  }

  return (
    <details class="lv-notice__details">
      <summary>{t('errorDetails')}</summary>
      <dl>
        <Detail label="errorDetailStatus" value={status} />
        <Detail label="errorDetailType" value={typeName} />
        <Detail label="errorDetailApideckSaid" value={detail} />
        <Detail label="errorDetailRequestId" value={requestId} />
      </dl>
    </details>
  );
}
