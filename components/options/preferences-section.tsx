import type { JSX } from 'preact';

import { describeForOptions } from '@/lib/format/error-text';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messages';
import type { Preferences } from '@/lib/preferences';

import { FamilySwitches } from './family-switches';
import { KeyStorage } from './key-storage';
import { NumberField } from './number-field';
import { PatternEditor } from './pattern-editor';
import type { PreferencesState } from './use-preferences';

function Timing(props: { state: PreferencesState; preferences: Preferences }): JSX.Element {
  const { state, preferences } = props;
  const clear = (): void => {
    void sendMessage('clearCache', {}).then((reply) =>
      state.say(
        reply.ok ? t('cacheCleared') : describeForOptions(reply.error.message, reply.error.code),
      ),
    );
  };

  return (
    <fieldset class="lv-options__subgroup">
      <legend>{t('timingTitle')}</legend>
      <NumberField
        id="pref-hover-delay"
        label={t('hoverDelayLabel')}
        hint={t('hoverDelayHint')}
        value={preferences.hoverDelayMs}
        min={100}
        max={2000}
        onCommit={(hoverDelayMs) => void state.save({ ...preferences, hoverDelayMs })}
      />
      <NumberField
        id="pref-cache"
        label={t('cacheLabel')}
        hint={t('cacheHint')}
        value={preferences.cacheMinutes}
        min={5}
        max={1440}
        onCommit={(cacheMinutes) => void state.save({ ...preferences, cacheMinutes })}
      />
      <button type="button" class="lv-button" onClick={clear}>
        {t('cacheClear')}
      </button>
    </fieldset>
  );
}

/** Detection, timing and key storage; each change is saved at once. */
export function PreferencesSection(props: { state: PreferencesState }): JSX.Element {
  const { state } = props;
  const { preferences } = state;
  const save = (next: Preferences): void => void state.save(next);

  return (
    <section class="lv-options__group" aria-labelledby="prefs-title">
      <h2 id="prefs-title" class="lv-options__heading">
        {t('preferencesTitle')}
      </h2>
      {preferences === null ? (
        <p class="lv-hint">{t('preferencesLoading')}</p>
      ) : (
        <>
          <FamilySwitches preferences={preferences} onChange={save} />
          <PatternEditor
            patterns={preferences.customPatterns}
            onChange={(customPatterns) => save({ ...preferences, customPatterns })}
          />
          <Timing state={state} preferences={preferences} />
          <KeyStorage state={state} preferences={preferences} />
        </>
      )}
      <p class="lv-status lv-status--ok" role="status">
        {state.note}
      </p>
    </section>
  );
}
