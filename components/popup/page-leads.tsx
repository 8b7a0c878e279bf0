import type { JSX } from 'preact';

import type { LeadReference } from '@/lib/detect/types';
import { t } from '@/lib/i18n';
import { nameService } from '@/lib/services';

import type { ActiveSite } from './use-active-site';
import type { PageLeads } from './use-page-leads';
import { moveFocus } from './result-list';

export interface PageLeadsProps {
  site: ActiveSite;
  leads: PageLeads;
  onScan: () => void;
  onOpen: (reference: LeadReference) => void;
}

function ReferenceList(props: {
  references: LeadReference[];
  onOpen: (reference: LeadReference) => void;
}): JSX.Element {
  return (
    <ul class="lv-hits" onKeyDown={moveFocus} aria-label={t('pageLeadsTitle')}>
      {props.references.map((reference) => (
        <li key={`${reference.service ?? ''}:${reference.id}`}>
          <button type="button" class="lv-hit" onClick={() => props.onOpen(reference)}>
            <span class="lv-hit__name lv-mono">{reference.id}</span>
            {reference.service && (
              <span class="lv-hit__detail">{nameService(reference.service)}</span>
            )}
          </button>
        </li>
      ))}
    </ul>
  );
}

function Body(props: PageLeadsProps): JSX.Element {
  const { leads, site } = props;
  if (leads.kind === 'scanning') {
    return <p class="lv-hint">{t('pageScanning')}</p>;
  }

  if (leads.kind === 'scan-failed') {
    return <p class="lv-hint">{t('pageScanFailed')}</p>;
  }

  if (leads.kind === 'unknown') {
    return site.granted ? (
      <p class="lv-hint">{t('pageNoReport')}</p>
    ) : (
      <button type="button" class="lv-button" onClick={props.onScan}>
        {t('pageScanOnce')}
      </button>
    );
  }

  return (
    <>
      {leads.paused && <p class="lv-hint">{t('pagePaused')}</p>}
      {leads.references.length === 0 ? (
        <p class="lv-hint">{t('pageNoLeads')}</p>
      ) : (
        <ReferenceList references={leads.references} onOpen={props.onOpen} />
      )}
    </>
  );
}

/** The leads found in the open tab, each opening its profile; or a one-time scan. */
export function PageLeadsSection(props: PageLeadsProps): JSX.Element {
  return (
    <section class="lv-section" aria-labelledby="page-leads-title">
      <h2 id="page-leads-title" class="lv-section__title">
        {t('pageLeadsTitle')}
      </h2>
      <Body {...props} />
    </section>
  );
}
