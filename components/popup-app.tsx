import type { JSX } from 'preact';
import { useEffect } from 'preact/hooks';

import { toMatchPattern } from '@/lib/format/match-pattern';

import { requestHostAccess } from './host-access';
import { FirstRun } from './popup/first-run';
import type { LaunchParams } from './popup/launch-params';
import { LookupForm } from './popup/lookup-form';
import { LookupResult } from './popup/lookup-result';
import { SiteAccess } from './popup/site-access';
import { useLookup } from './popup/use-lookup';
import { useSettingsState } from './popup/use-settings-state';

export function PopupApp(props: { launch: LaunchParams }): JSX.Element {
  const { id, service } = props.launch;
  const settings = useSettingsState();
  const { state, lookUp } = useLookup(service);
  useEffect(() => {
    if (id !== '') {
      void lookUp(id);
    }
  }, [id, lookUp]);

  const apiPattern = toMatchPattern(settings.apiBaseUrl);
  // The API origin is granted in the click itself, then the failed lookup runs again.
  const grant = (failedId: string): void => {
    if (apiPattern) {
      void requestHostAccess(apiPattern).then((granted) =>
        granted ? lookUp(failedId, true) : undefined,
      );
    }
  };

  return (
    <main class="lv-popup">
      <header class="lv-popup__bar">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <h1 class="lv-popup__title">Lead Viewer</h1>
      </header>
      {settings.configured === false && state.kind === 'idle' && <FirstRun />}
      <LookupForm
        initialId={id}
        busy={state.kind === 'loading'}
        onLookUp={(lookupId) => void lookUp(lookupId)}
      />
      <LookupResult
        state={state}
        onRetry={(failedId) => void lookUp(failedId, true)}
        onGrant={apiPattern ? grant : undefined}
      />
      <SiteAccess />
    </main>
  );
}
