import type { JSX } from 'preact';

import type { SettingsState } from '@/lib/messages';
import type { PublicSettings } from '@/lib/settings';

import { ApiKeyField } from './api-key-field';
import { draftFrom } from './draft';
import { FormStatus } from './form-status';
import { patternToGrant, useGranted } from './origin-access';
import { TextField, type TextFieldProps } from './text-field';
import { type Task, useOptionsActions } from './use-options-actions';
import { type SettingsDraft, useSettingsDraft } from './use-settings-draft';

const hints = {
  appId: 'Your Apideck application ID, shown next to the API key in the dashboard.',
  consumerId: 'The Apideck consumer whose CRM connection to use, listed under Consumers.',
  serviceId:
    'Optional. Leave empty to use the CRM each ID belongs to, or type one such as salesforce.',
  apiBaseUrl: 'Keep https://unify.apideck.com unless you reach Apideck through your own proxy.',
};

type HintedField = keyof typeof hints;

function fieldProps(form: SettingsDraft, field: HintedField): Omit<TextFieldProps, 'label'> {
  return {
    field,
    hint: hints[field],
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
        <legend>Apideck credentials</legend>
        <ApiKeyField
          value={form.draft.apiKey}
          error={form.errors.apiKey}
          onInput={form.update}
          onBlur={form.touch}
          hasStoredKey={props.saved.hasApiKey}
          removing={busyWith === 'remove'}
          onRemove={actions.removeKey}
        />
        <TextField {...fieldProps(form, 'appId')} label="App ID" />
        <TextField {...fieldProps(form, 'consumerId')} label="Consumer ID" />
      </fieldset>
      <fieldset class="lv-options__group">
        <legend>Connection</legend>
        <TextField {...fieldProps(form, 'serviceId')} label="Service ID" />
        <TextField {...fieldProps(form, 'apiBaseUrl')} label="API base URL" type="url" />
      </fieldset>
      <div class="lv-options__actions">
        <ActionButton task="save" busyWith={busyWith} primary>
          {busyWith === 'save' ? 'Saving…' : 'Save'}
        </ActionButton>
        <ActionButton task="test" busyWith={busyWith} onClick={actions.test}>
          {busyWith === 'test' ? 'Testing…' : 'Test connection'}
        </ActionButton>
      </div>
      <FormStatus outcome={actions.outcome} />
    </form>
  );
}
