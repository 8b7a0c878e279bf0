import type { JSX } from 'preact';

import type { LeadError } from '@/lib/errors';

function Detail(props: { label: string; value: string | number | undefined }): JSX.Element | null {
  if (props.value === undefined || props.value === '') {
    return null;
  }

  return (
    <div class="lv-fact">
      <dt>{props.label}</dt>
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
      <summary>Details</summary>
      <dl>
        <Detail label="Status" value={status} />
        <Detail label="Type" value={typeName} />
        <Detail label="Apideck said" value={detail} />
        <Detail label="Request ID" value={requestId} />
      </dl>
    </details>
  );
}
