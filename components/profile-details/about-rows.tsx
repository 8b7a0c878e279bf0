import type { JSX } from 'preact';

import { formatAmount, formatCustomValue, stripBidiControls } from '@/lib/lead/display';
import type { Lead } from '@/lib/lead/model';

import { DetailRow } from './detail-row';

type TextField = 'title' | 'companyName' | 'ownerName' | 'status' | 'leadSource' | 'language';

const textFields: [TextField, string][] = [
  ['title', 'Title'],
  ['companyName', 'Company'],
  ['ownerName', 'Owner'],
  ['status', 'Status'],
  ['leadSource', 'Source'],
  ['language', 'Language'],
];

export function aboutRows(lead: Lead): JSX.Element[] {
  const rows = textFields.flatMap(([field, label]) => {
    const value = lead[field];

    return value
      ? [
          <DetailRow key={field} label={label}>
            {stripBidiControls(value)}
          </DetailRow>,
        ]
      : [];
  });
  const amount = formatAmount(lead.monetaryAmount, lead.currency);
  if (amount) {
    rows.push(
      <DetailRow key="amount" label="Amount" wrap>
        {amount}
      </DetailRow>,
    );
  }

  rows.push(
    <DetailRow key="id" label="Lead ID" copy={lead.id} what="lead ID">
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
        label={stripBidiControls(field.name ?? field.id ?? 'Custom field')}
        copy={text === '—' ? undefined : text}
      >
        <span class="lv-detail__lines" title={field.description ?? undefined}>
          {text}
        </span>
      </DetailRow>
    );
  });
}
