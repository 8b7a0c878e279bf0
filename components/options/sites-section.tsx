import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

import { t } from '@/lib/i18n';

import { allSites, useEnabledSites } from './use-enabled-sites';

const describeSite = (origin: string): string =>
  origin === allSites ? t('sitesAll') : origin.replace(/\/\*$/, '');

// Chrome refuses to remove host permissions the manifest asked for at install.
function requiredOrigins(): string[] {
  try {
    const hosts: unknown = browser.runtime.getManifest().host_permissions;

    return Array.isArray(hosts) ? hosts.filter((host) => typeof host === 'string') : [];
  } catch {
    return [];
  }
}

function SiteRow(props: { origin: string; onRemove: (origin: string) => void }): JSX.Element {
  const name = describeSite(props.origin);
  if (requiredOrigins().includes(props.origin)) {
    return (
      <li class="lv-sites__item">
        <span class="lv-mono">{name}</span>
        <span class="lv-hint">{t('sitesRequired')}</span>
      </li>
    );
  }

  return (
    <li class="lv-sites__item">
      <span class="lv-mono">{name}</span>
      <button
        type="button"
        class="lv-button"
        aria-label={t('sitesRemoveLabel', [name])}
        onClick={() => props.onRemove(props.origin)}
      >
        {t('remove')}
      </button>
    </li>
  );
}

/** The sites Lead Viewer reads pages on, with Remove buttons and "Enable on all sites". */
export function SitesSection(): JSX.Element {
  const { sites, refresh } = useEnabledSites();
  const [note, setNote] = useState('');
  const remove = (origin: string): void => {
    browser.permissions
      .remove({ origins: [origin] })
      .then((removed) => setNote(removed ? t('sitesRemoved', [describeSite(origin)]) : ''))
      .catch(() => setNote(t('sitesRemoveFailed', [describeSite(origin)])))
      .finally(refresh);
  };
  // The prompt needs the click itself: request before any await.
  const enableAll = (): void => {
    browser.permissions
      .request({ origins: [allSites] })
      .then((granted) => setNote(granted ? t('sitesAllGranted') : ''))
      .catch(() => setNote(t('sitesAllRefused')))
      .finally(refresh);
  };
  const everywhere = sites?.includes(allSites) ?? false;

  return (
    <section class="lv-options__group lv-sites" aria-labelledby="sites-title">
      <h2 id="sites-title" class="lv-options__heading">
        {t('sitesTitle')}
      </h2>
      <p class="lv-hint">{t('sitesHint')}</p>
      {sites !== null && sites.length === 0 && <p class="lv-hint">{t('sitesNone')}</p>}
      <ul class="lv-sites__list" aria-label={t('sitesListLabel')}>
        {(sites ?? []).map((origin) => (
          <SiteRow key={origin} origin={origin} onRemove={remove} />
        ))}
      </ul>
      {!everywhere && (
        <button type="button" class="lv-button" onClick={enableAll}>
          {t('sitesEnableAll')}
        </button>
      )}
      <p class="lv-hint" role="status">
        {note}
      </p>
    </section>
  );
}
