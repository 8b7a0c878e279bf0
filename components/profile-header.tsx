import type { JSX } from 'preact';

import { initialsOf } from '@/lib/lead/display';
import type { Lead } from '@/lib/lead/model';

export interface ProfileHeaderProps {
  lead: Lead;
  name: string | null;
  headingLevel: 2 | 3;
  headingId: string;
}

function Role(props: { lead: Lead }): JSX.Element | null {
  const { title, companyName } = props.lead;
  if (!title && !companyName) {
    return null;
  }

  return (
    <p class="lv-profile__role">
      {title && <span class="lv-profile__title">{title}</span>}
      {companyName && <span class="lv-profile__company">{companyName}</span>}
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
        <Heading id={headingId} class={name ? 'lv-profile__name' : 'lv-profile__name lv-muted'}>
          {name ?? 'Unnamed lead'}
        </Heading>
        <Role lead={lead} />
        {lead.status && (
          <p class="lv-profile__badges">
            <span class="lv-pill lv-profile__status" title={lead.status}>
              {lead.status}
            </span>
          </p>
        )}
      </div>
    </header>
  );
}
