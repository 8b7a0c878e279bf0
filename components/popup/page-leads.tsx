import type { JSX } from 'preact';

import type { LeadReference } from '@/lib/detect/types';
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
    <ul class="lv-hits" onKeyDown={moveFocus} aria-label="Leads on this page">
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
    return <p class="lv-hint">Scanning this page…</p>;
  }

  if (leads.kind === 'scan-failed') {
    return <p class="lv-hint">This page cannot be scanned. Browser pages and stores are closed.</p>;
  }

  if (leads.kind === 'unknown') {
    return site.granted ? (
      <p class="lv-hint">No leads reported yet. Reload the page to scan it again.</p>
    ) : (
      <button type="button" class="lv-button" onClick={props.onScan}>
        Scan this page once
      </button>
    );
  }

  return (
    <>
      {leads.paused && <p class="lv-hint">Detection paused on this page.</p>}
      {leads.references.length === 0 ? (
        <p class="lv-hint">No lead IDs found on this page.</p>
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
        Leads on this page
      </h2>
      <Body {...props} />
    </section>
  );
}
