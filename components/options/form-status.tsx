import type { JSX } from 'preact';

import { nameService } from '@/lib/services';

import { ErrorNotice } from '../error-notice';
import type { Outcome } from './use-options-actions';

const leadsVisible = (count: number): string => (count === 1 ? '1 lead' : `${count} leads`);

const refusedText = (host: string): string =>
  `Lead Viewer was not allowed to reach ${host}, so nothing was sent. ` +
  'Try again and allow access.';

const connectedText = (service: string | null, leadsSeen: number): string =>
  `Connected. Apideck answered for ${nameService(service ?? undefined)} ` +
  `(${leadsVisible(leadsSeen)} visible).`;

function Message(props: { tone: 'ok' | 'error'; text: string }): JSX.Element {
  return <p class={`lv-status lv-status--${props.tone}`}>{props.text}</p>;
}

function describe(outcome: Outcome): JSX.Element | null {
  switch (outcome.kind) {
    case 'saved':
      return <Message tone="ok" text="Saved. Lead Viewer will use these settings from now on." />;
    case 'key-removed':
      return <Message tone="ok" text="The API key was removed. Type a new one and save it." />;
    case 'invalid':
      return <Message tone="error" text="Nothing was sent. Correct the marked fields first." />;
    case 'refused':
      return <Message tone="error" text={refusedText(outcome.host)} />;
    case 'connected':
      return <Message tone="ok" text={connectedText(outcome.service, outcome.leadsSeen)} />;
    case 'failed':
      return <ErrorNotice error={outcome.error} offerOptions={false} />;
    default:
      return null;
  }
}

/** The result of the last Save, Test connection or Remove key, in words. */
export function FormStatus(props: { outcome: Outcome }): JSX.Element {
  return (
    <div class="lv-options__status" aria-live="polite">
      {describe(props.outcome)}
    </div>
  );
}
