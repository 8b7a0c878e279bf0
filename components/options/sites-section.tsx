import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

import { allSites, useEnabledSites } from './use-enabled-sites';

const describeSite = (origin: string): string =>
  origin === allSites ? 'All sites' : origin.replace(/\/\*$/, '');

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
        <span class="lv-hint">Set at install; always on</span>
      </li>
    );
  }

  return (
    <li class="lv-sites__item">
      <span class="lv-mono">{name}</span>
      <button
        type="button"
        class="lv-button"
        aria-label={`Remove ${name}`}
        onClick={() => props.onRemove(props.origin)}
      >
        Remove
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
      .then((removed) => setNote(removed ? `Removed ${describeSite(origin)}.` : ''))
      .catch(() => setNote(`${describeSite(origin)} could not be removed. Try again.`))
      .finally(refresh);
  };
  // The prompt needs the click itself: request before any await.
  const enableAll = (): void => {
    browser.permissions
      .request({ origins: [allSites] })
      .then((granted) => setNote(granted ? 'Lead Viewer now finds lead IDs on all sites.' : ''))
      .catch(() => setNote('Access to all sites was not granted.'))
      .finally(refresh);
  };
  const everywhere = sites?.includes(allSites) ?? false;

  return (
    <section class="lv-options__group lv-sites" aria-labelledby="sites-title">
      <h2 id="sites-title" class="lv-options__heading">
        Sites
      </h2>
      <p class="lv-hint">
        Lead Viewer finds lead IDs only on these sites. Add a site from the popup with “Enable on
        this site”.
      </p>
      {sites !== null && sites.length === 0 && (
        <p class="lv-hint">No sites yet: pages are read only when you ask.</p>
      )}
      <ul class="lv-sites__list" aria-label="Enabled sites">
        {(sites ?? []).map((origin) => (
          <SiteRow key={origin} origin={origin} onRemove={remove} />
        ))}
      </ul>
      {!everywhere && (
        <button type="button" class="lv-button" onClick={enableAll}>
          Enable on all sites
        </button>
      )}
      <p class="lv-hint" role="status">
        {note}
      </p>
    </section>
  );
}
