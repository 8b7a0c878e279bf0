import type { ComponentChildren, JSX } from 'preact';

import { type MessageKey, t } from '@/lib/i18n';
import {
  firstWebsite,
  formatAmount,
  formatPhone,
  mailtoHref,
  primaryEmail,
  primaryPhoneNumber,
  stripBidiControls as plain,
  telHref,
} from '@/lib/lead/display';
import type { Lead, PhoneNumber } from '@/lib/lead/model';

import { CopyButton } from './copy-button';

function Fact(props: { label: MessageKey; children: ComponentChildren; wrap?: boolean }) {
  return (
    <div class={props.wrap ? 'lv-fact lv-fact--wrap' : 'lv-fact'}>
      <dt>{t(props.label)}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

/** CRM text, isolated so right-to-left values cannot reorder what is around them. */
function TextFact(props: { label: MessageKey; text: string; wrap?: boolean }): JSX.Element {
  return (
    <Fact label={props.label} wrap={props.wrap}>
      <span dir="auto">{plain(props.text)}</span>
    </Fact>
  );
}

function MaybeLink(props: { href: string | null; text: string }): JSX.Element {
  const text = plain(props.text);

  return props.href ? <a href={props.href}>{text}</a> : <span>{text}</span>;
}

function EmailFact(props: { email: string }): JSX.Element {
  return (
    <Fact label="labelEmail">
      <MaybeLink href={mailtoHref(props.email)} text={props.email} />
      <CopyButton value={props.email} label={t('copyEmail')} />
    </Fact>
  );
}

function PhoneFact(props: { phone: PhoneNumber }): JSX.Element {
  const text = formatPhone(props.phone);

  return (
    <Fact label="labelPhone">
      <MaybeLink href={telHref(props.phone)} text={text} />
      <CopyButton value={text.replace('\u00a0', ' ')} label={t('copyPhone')} />
    </Fact>
  );
}

function WebsiteFact(props: { href: string }): JSX.Element {
  const shown = props.href.replace(/^https?:\/\//, '').replace(/\/$/, '');

  return (
    <Fact label="labelWebsite">
      <a href={props.href} target="_blank" rel="noopener noreferrer">
        {shown}
      </a>
    </Fact>
  );
}

function TagsFact(props: { tags: string[] }): JSX.Element {
  return (
    <Fact label="labelTags">
      <ul class="lv-tags">
        {props.tags.map((tag, index) => (
          <li key={`${index}:${tag}`} class="lv-pill" dir="auto" title={plain(tag)}>
            {plain(tag)}
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
    lead.ownerName ? <TextFact key="owner" label="labelOwner" text={lead.ownerName} /> : null,
    email ? <EmailFact key="email" email={email} /> : null,
    phone ? <PhoneFact key="phone" phone={phone} /> : null,
    // A long amount moves under its label whole rather than breaking mid-number.
    amount ? <TextFact key="amount" label="labelAmount" text={amount} wrap /> : null,
    lead.leadSource ? <TextFact key="source" label="labelSource" text={lead.leadSource} /> : null,
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
