import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messages';

import { type ActiveSite, useActiveSite } from './use-active-site';

type Access =
  { kind: 'off' } | { kind: 'on' } | { kind: 'refused' } | { kind: 'failed'; message: string };

async function activate(site: ActiveSite): Promise<Access> {
  const reply = await sendMessage('activateTab', { tabId: site.tabId });

  return reply.ok ? { kind: 'on' } : { kind: 'failed', message: reply.error.message };
}

function describe(access: Access, host: string): string {
  switch (access.kind) {
    case 'off':
      return t('siteOff', [host]);
    case 'refused':
      return t('siteRefused', [host]);
    case 'failed':
      return access.message;
    case 'on':
      return t('siteOn', [host]);
  }
}

function SiteToggle(props: { site: ActiveSite }): JSX.Element {
  const { site } = props;
  const [access, setAccess] = useState<Access>({ kind: site.granted ? 'on' : 'off' });

  // permissions.request must run synchronously inside the click: it needs the user gesture.
  const enable = (): void => {
    void browser.permissions
      .request({ origins: [site.pattern] })
      .then((granted) => (granted ? activate(site) : { kind: 'refused' as const }))
      .catch(() => ({ kind: 'refused' as const }))
      .then(setAccess);
  };

  return (
    <section class="lv-site" aria-label={t('siteLabel')}>
      <p class="lv-site__text" role="status">
        {describe(access, site.host)}
      </p>
      {access.kind !== 'on' && (
        <button type="button" class="lv-button" onClick={enable}>
          {t('siteEnable')}
        </button>
      )}
    </section>
  );
}

/** Offers to turn detection on for the page under the popup; hidden where that means nothing. */
export function SiteAccess(): JSX.Element | null {
  const site = useActiveSite();

  return site ? <SiteToggle key={site.pattern} site={site} /> : null;
}
