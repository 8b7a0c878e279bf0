import type { JSX } from 'preact';

import { t } from '@/lib/i18n';
import { initialsOf, stripBidiControls as plain } from '@/lib/lead/display';
import type { Lead } from '@/lib/lead/model';

export interface ProfileHeaderProps {
  lead: Lead;
  name: string | null;
  headingLevel: 2 | 3;
  headingId: string;
}

// Close leads are companies: their company name is the name, so it is not said twice.
const same = (a: string, b: string | null): boolean => a.trim().toLowerCase() === b?.toLowerCase();

function Role(props: { lead: Lead; name: string | null }): JSX.Element | null {
  const { title } = props.lead;
  const company = props.lead.companyName && plain(props.lead.companyName);
  const companyShown = company && !same(company, props.name) ? company : null;
  if (!title && !companyShown) {
    return null;
  }

  return (
    <p class="lv-profile__role">
      {title && <span dir="auto">{plain(title)}</span>}
      {companyShown && <span dir="auto">{companyShown}</span>}
    </p>
  );
}

export function ProfileHeader(props: ProfileHeaderProps): JSX.Element {
  const { lead, name, headingId } = props;
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  const initials = initialsOf(name);

  return (
    <header class="lv-profile__header">
      <span class="lv-profile__avatar" aria-hidden="true" data-empty={initials === ''}>
        {initials}
      </span>
      <div class="lv-profile__identity">
        <Heading
          id={headingId}
          dir="auto"
          class={name ? 'lv-profile__name' : 'lv-profile__name lv-muted'}
        >
          {name ?? t('unnamedLead')}
        </Heading>
        <Role lead={lead} name={name} />
        {lead.status && (
          <p class="lv-profile__badges">
            <span class="lv-pill lv-profile__status" dir="auto" title={plain(lead.status)}>
              {plain(lead.status)}
            </span>
          </p>
        )}
      </div>
    </header>
  );
}
