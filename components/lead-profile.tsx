import type { JSX } from 'preact';

import { displayName } from '@/lib/lead/display';
import type { LeadFound } from '@/lib/messages';

import { ProfileFacts } from './profile-facts';
import { ProfileFooter } from './profile-footer';
import { ProfileHeader } from './profile-header';

export interface LeadProfileProps {
  found: LeadFound;
  headingLevel?: 2 | 3;
  /** Lets a surrounding dialog name itself after the heading (aria-labelledby). */
  headingId?: string;
  /** For tests; relative times are measured from this moment. */
  now?: number;
  /** Fetches the lead again, bypassing the cache; offered when the copy shown is stale. */
  onRefresh?: () => void;
}

/** A compact, read-only profile; every value from the CRM is rendered as text. */
export function LeadProfile(props: LeadProfileProps): JSX.Element {
  const { found } = props;
  const name = displayName(found.lead);
  // Derived, not useId(): the hover card renders this, and hooks cost its script a kilobyte.
  const headingId = props.headingId ?? `lv-profile-${encodeURIComponent(found.lead.id)}`;

  return (
    <article class="lv-profile" aria-labelledby={headingId}>
      <ProfileHeader
        lead={found.lead}
        name={name}
        headingLevel={props.headingLevel ?? 2}
        headingId={headingId}
      />
      <ProfileFacts lead={found.lead} />
      <ProfileFooter found={found} now={props.now ?? Date.now()} onRefresh={props.onRefresh} />
    </article>
  );
}
