import type { ComponentChildren, JSX } from 'preact';

import {
  firstWebsite,
  formatAmount,
  formatPhone,
  mailtoHref,
  primaryEmail,
  primaryPhoneNumber,
  telHref,
} from '@/lib/lead/display';
import type { Lead, PhoneNumber } from '@/lib/lead/model';

import { CopyButton } from './copy-button';

function Fact(props: { label: string; children: ComponentChildren }): JSX.Element {
  return (
    <div class="lv-fact">
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

function MaybeLink(props: { href: string | null; text: string }): JSX.Element {
  return props.href ? <a href={props.href}>{props.text}</a> : <span>{props.text}</span>;
}

function EmailFact(props: { email: string }): JSX.Element {
  return (
    <Fact label="Email">
      <MaybeLink href={mailtoHref(props.email)} text={props.email} />
      <CopyButton value={props.email} what="email" />
    </Fact>
  );
}

function PhoneFact(props: { phone: PhoneNumber }): JSX.Element {
  const text = formatPhone(props.phone);

  return (
    <Fact label="Phone">
      <MaybeLink href={telHref(props.phone)} text={text} />
      <CopyButton value={text} what="phone number" />
    </Fact>
  );
}

function WebsiteFact(props: { href: string }): JSX.Element {
  const shown = props.href.replace(/^https?:\/\//, '').replace(/\/$/, '');

  return (
    <Fact label="Website">
      <a href={props.href} target="_blank" rel="noopener noreferrer">
        {shown}
      </a>
    </Fact>
  );
}

function TagsFact(props: { tags: string[] }): JSX.Element {
  return (
    <Fact label="Tags">
      <ul class="lv-tags">
        {props.tags.map((tag, index) => (
          <li key={`${index}:${tag}`} class="lv-pill" title={tag}>
            {tag}
          </li>
        ))}
      </ul>
    </Fact>
  );
}

const isElement = (item: JSX.Element | null): item is JSX.Element => item !== null;

function pickFacts(lead: Lead): JSX.Element[] {
  const email = primaryEmail(lead);
  const phone = primaryPhoneNumber(lead);
  const amount = formatAmount(lead.monetaryAmount, lead.currency);
  const website = firstWebsite(lead);
  const tags = lead.tags.filter((tag) => tag.trim() !== '');
  const facts = [
    lead.ownerName ? (
      <Fact key="owner" label="Owner">
        {lead.ownerName}
      </Fact>
    ) : null,
    email ? <EmailFact key="email" email={email} /> : null,
    phone ? <PhoneFact key="phone" phone={phone} /> : null,
    amount ? (
      <Fact key="amount" label="Amount">
        {amount}
      </Fact>
    ) : null,
    lead.leadSource ? (
      <Fact key="source" label="Source">
        {lead.leadSource}
      </Fact>
    ) : null,
    website ? <WebsiteFact key="website" href={website} /> : null,
    tags.length > 0 ? <TagsFact key="tags" tags={tags} /> : null,
  ];

  return facts.filter(isElement);
}

/** The lead's details as a description list; a field the CRM did not send has no row. */
export function ProfileFacts(props: { lead: Lead }): JSX.Element | null {
  const facts = pickFacts(props.lead);

  return facts.length > 0 ? <dl class="lv-profile__facts">{facts}</dl> : null;
}
