import type { JSX } from 'preact';

import { t } from '@/lib/i18n';
import {
  formatAddress,
  formatPhone,
  mailtoHref,
  safeHref,
  stripBidiControls,
  telHref,
} from '@/lib/lead/display';
import type { Lead, Link } from '@/lib/lead/model';

import { DetailRow, typed } from './detail-row';

function MaybeLink(props: { href: string | null; text: string; external?: boolean }) {
  const text = stripBidiControls(props.text);
  if (!props.href) {
    return <span>{text}</span>;
  }

  return props.external ? (
    <a href={props.href} target="_blank" rel="noopener noreferrer">
      {text}
    </a>
  ) : (
    <a href={props.href}>{text}</a>
  );
}

export function emailRows(lead: Lead): JSX.Element[] {
  return lead.emails.flatMap((item, index) =>
    item.email ? (
      <DetailRow key={`email-${index}`} label={typed(t('labelEmail'), item.type)} copy={item.email}>
        <MaybeLink href={mailtoHref(item.email)} text={item.email} />
      </DetailRow>
    ) : (
      []
    ),
  );
}

export function phoneRows(lead: Lead): JSX.Element[] {
  const phones = lead.phoneNumbers.map((phone, index) => {
    const text = formatPhone(phone);

    return (
      <DetailRow
        key={`phone-${index}`}
        label={typed(t('labelPhone'), phone.type)}
        copy={text.replace('\u00a0', ' ')}
      >
        <MaybeLink href={telHref(phone)} text={text} />
      </DetailRow>
    );
  });
  const fax = lead.fax
    ? [
        <DetailRow key="fax" label={t('labelFax')} copy={lead.fax}>
          {stripBidiControls(lead.fax)}
        </DetailRow>,
      ]
    : [];

  return [...phones, ...fax];
}

/** Only http(s) addresses become links; anything else is shown as text. */
export function linkRows(links: Link[], label: string): JSX.Element[] {
  return links.map((link, index) => (
    <DetailRow key={`${label}-${index}`} label={typed(label, link.type)} copy={link.url}>
      <MaybeLink href={safeHref(link.url)} text={link.url} external />
    </DetailRow>
  ));
}

export function addressRows(lead: Lead): JSX.Element[] {
  return lead.addresses.flatMap((address, index) => {
    const lines = formatAddress(address);
    if (lines.length === 0) {
      return [];
    }

    return (
      <DetailRow
        key={`address-${index}`}
        label={typed(t('labelAddress'), address.type)}
        copy={lines.join('\n')}
      >
        <span class="lv-detail__lines">{lines.join('\n')}</span>
      </DetailRow>
    );
  });
}
