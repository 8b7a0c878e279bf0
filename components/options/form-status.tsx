import type { JSX } from 'preact';

import type { LeadError } from '@/lib/errors';
import { describeForOptions } from '@/lib/format/error-text';
import { nameService } from '@/lib/services';

import { ErrorNotice } from '../error-notice';
import type { Outcome } from './use-options-actions';

const refusedText = (host: string): string =>
  `Lead Viewer was not allowed to reach ${host}, so nothing was sent. ` +
  'Try again and allow access.';

// The check reads a single lead, so how many came back says nothing: no count is shown.
const connectedText = (service: string | null): string =>
  service
    ? `Connected. Apideck answered for ${nameService(service)}.`
    : 'Connected. Apideck answered.';

const savedText = (configured: boolean): string =>
  configured
    ? 'Saved. Lead Viewer will use these settings from now on.'
    : 'Saved, but Lead Viewer still needs the API key, app ID and consumer ID ' +
      'before it can look leads up.';

/** An error as the options page says it: no "in Options", since this is Options. */
export function OptionsErrorNotice(props: { error: LeadError }): JSX.Element {
  const { error } = props;

  return <ErrorNotice error={{ ...error, message: describeForOptions(error.message) }} />;
}

function Message(props: { tone: 'ok' | 'error'; text: string }): JSX.Element {
  return <p class={`lv-status lv-status--${props.tone}`}>{props.text}</p>;
}

function describe(outcome: Outcome): JSX.Element | null {
  switch (outcome.kind) {
    case 'saved':
      return <Message tone="ok" text={savedText(outcome.configured)} />;
    case 'key-removed':
      return <Message tone="ok" text="The API key was removed. Type a new one and save it." />;
    case 'invalid':
      return <Message tone="error" text="Nothing was sent. Correct the marked fields first." />;
    case 'refused':
      return <Message tone="error" text={refusedText(outcome.host)} />;
    case 'connected':
      return <Message tone="ok" text={connectedText(outcome.service)} />;
    case 'failed':
      return <OptionsErrorNotice error={outcome.error} />;
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
