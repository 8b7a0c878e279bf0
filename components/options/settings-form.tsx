import type { JSX } from 'preact';

import { type MessageKey, t } from '@/lib/i18n';
import type { SettingsState } from '@/lib/messages';
import type { PublicSettings } from '@/lib/settings';

import { ApiKeyField } from './api-key-field';
import { draftFrom } from './draft';
import { FormStatus } from './form-status';
import { patternToGrant, useGranted } from './origin-access';
import { TextField, type TextFieldProps } from './text-field';
import { type Task, useOptionsActions } from './use-options-actions';
import { type SettingsDraft, useSettingsDraft } from './use-settings-draft';

const texts = {
  appId: { label: 'fieldAppId', hint: 'fieldAppIdHint' },
  consumerId: { label: 'fieldConsumerId', hint: 'fieldConsumerIdHint' },
  serviceId: { label: 'fieldServiceId', hint: 'fieldServiceIdHint' },
  apiBaseUrl: { label: 'fieldApiBaseUrl', hint: 'fieldApiBaseUrlHint' },
} satisfies Record<string, { label: MessageKey; hint: MessageKey }>;

type HintedField = keyof typeof texts;

function fieldProps(form: SettingsDraft, field: HintedField): TextFieldProps {
  return {
    field,
    label: t(texts[field].label),
    hint: t(texts[field].hint),
    value: form.draft[field],
    error: form.errors[field],
    onInput: form.update,
    onBlur: form.touch,
  };
}

interface ActionButtonProps {
  task: Task;
  busyWith: Task | null;
  primary?: boolean;
  onClick?: () => void;
  children: string;
}

/**
 * Never `disabled` while busy: a disabled button drops keyboard focus to <body>. A click while
 * busy is ignored by useOptionsActions instead.
 */
function ActionButton(props: ActionButtonProps): JSX.Element {
  return (
    <button
      type={props.onClick ? 'button' : 'submit'}
      class={props.primary ? 'lv-button lv-button--primary' : 'lv-button'}
      aria-disabled={props.busyWith !== null}
      aria-busy={props.busyWith === props.task}
      onClick={props.onClick}
    >
      {props.children}
    </button>
  );
}

export interface SettingsFormProps {
  saved: PublicSettings;
  onStored: (state: SettingsState) => void;
}

/** Everything Lead Viewer needs to reach Apideck, with Save and Test connection. */
export function SettingsForm(props: SettingsFormProps): JSX.Element {
  const form = useSettingsDraft(draftFrom(props.saved));
  const granted = useGranted(patternToGrant(form.draft.apiBaseUrl.trim()));
  const actions = useOptionsActions({
    form,
    saved: props.saved,
    granted,
    onStored: (state, keepDraft) => {
      props.onStored(state);
      if (!keepDraft) {
        form.replace(draftFrom(state.settings));
      }
    },
  });
  const busyWith = actions.outcome.kind === 'busy' ? actions.outcome.task : null;

  return (
    <form
      class="lv-options__form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        actions.save();
      }}
    >
      <fieldset class="lv-options__group">
        <legend>{t('credentialsTitle')}</legend>
        <ApiKeyField
          value={form.draft.apiKey}
          error={form.errors.apiKey}
          onInput={form.update}
          onBlur={form.touch}
          hasStoredKey={props.saved.hasApiKey}
          removing={busyWith === 'remove'}
          onRemove={actions.removeKey}
        />
        <TextField {...fieldProps(form, 'appId')} />
        <TextField {...fieldProps(form, 'consumerId')} />
      </fieldset>
      <fieldset class="lv-options__group">
        <legend>{t('connectionTitle')}</legend>
        <TextField {...fieldProps(form, 'serviceId')} />
        <TextField {...fieldProps(form, 'apiBaseUrl')} type="url" />
      </fieldset>
      <div class="lv-options__actions">
        <ActionButton task="save" busyWith={busyWith} primary>
          {busyWith === 'save' ? t('saveBusy') : t('save')}
        </ActionButton>
        <ActionButton task="test" busyWith={busyWith} onClick={actions.test}>
          {busyWith === 'test' ? t('testBusy') : t('testConnection')}
        </ActionButton>
      </div>
      <FormStatus outcome={actions.outcome} />
    </form>
  );
}
