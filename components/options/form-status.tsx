import type { JSX } from 'preact';

import type { LeadError } from '@/lib/errors';
import { listCredentials } from '@/lib/format/credential-list';
import { describeForOptions } from '@/lib/format/error-text';
import { t } from '@/lib/i18n';
import { nameService } from '@/lib/services';
import type { HeaderField } from '@/lib/settings';

import { ErrorNotice } from '../error-notice';
import type { Outcome } from './use-options-actions';

const refusedText = (host: string): string => t('optionsRefused', [host]);

// The check reads a single lead, so how many came back says nothing: no count is shown.
const connectedText = (service: string | null): string =>
  service ? t('optionsConnectedService', [nameService(service)]) : t('optionsConnected');

const savedText = (missing: HeaderField[]): string =>
  missing.length === 0
    ? t('optionsSaved')
    : t('optionsSavedIncomplete', [listCredentials(missing)]);

/** An error as the options page says it: no "in Options", since this is Options. */
export function OptionsErrorNotice(props: { error: LeadError }): JSX.Element {
  const { error } = props;

  return (
    <ErrorNotice error={{ ...error, message: describeForOptions(error.message, error.code) }} />
  );
}

function Message(props: { tone: 'ok' | 'error'; text: string }): JSX.Element {
  return <p class={`lv-status lv-status--${props.tone}`}>{props.text}</p>;
}

function describe(outcome: Outcome): JSX.Element | null {
  switch (outcome.kind) {
    case 'saved':
      return <Message tone="ok" text={savedText(outcome.missing)} />;
    case 'key-removed':
      return <Message tone="ok" text={t('optionsKeyRemoved')} />;
    case 'invalid':
      return <Message tone="error" text={t('optionsInvalid')} />;
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
