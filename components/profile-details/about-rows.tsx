import type { JSX } from 'preact';

import { type MessageKey, t } from '@/lib/i18n';
import { formatAmount, formatCustomValue, stripBidiControls } from '@/lib/lead/display';
import type { Lead } from '@/lib/lead/model';

import { DetailRow } from './detail-row';

type TextField = 'title' | 'companyName' | 'ownerName' | 'status' | 'leadSource' | 'language';

const textFields: [TextField, MessageKey][] = [
  ['title', 'labelTitle'],
  ['companyName', 'labelCompany'],
  ['ownerName', 'labelOwner'],
  ['status', 'labelStatus'],
  ['leadSource', 'labelSource'],
  ['language', 'labelLanguage'],
];

export function aboutRows(lead: Lead): JSX.Element[] {
  const rows = textFields.flatMap(([field, label]) => {
    const value = lead[field];

    return value
      ? [
          <DetailRow key={field} label={t(label)}>
            {stripBidiControls(value)}
          </DetailRow>,
        ]
      : [];
  });
  const amount = formatAmount(lead.monetaryAmount, lead.currency);
  if (amount) {
    rows.push(
      <DetailRow key="amount" label={t('labelAmount')} wrap>
        {amount}
      </DetailRow>,
    );
  }

  rows.push(
    <DetailRow key="id" label={t('labelLeadId')} copy={lead.id} copyLabel={t('copyLeadId')}>
      <span class="lv-mono">{lead.id}</span>
    </DetailRow>,
  );

  return rows;
}

export function customRows(lead: Lead): JSX.Element[] {
  return lead.customFields.map((field, index) => {
    const text = formatCustomValue(field.value);

    return (
      <DetailRow
        key={`custom-${index}`}
        label={stripBidiControls(field.name ?? field.id ?? t('labelCustomField'))}
        copy={text === '—' ? undefined : text}
      >
        <span class="lv-detail__lines" title={field.description ?? undefined}>
          {text}
        </span>
      </DetailRow>
    );
  });
}
