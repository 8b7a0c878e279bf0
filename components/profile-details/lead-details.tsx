import type { JSX } from 'preact';

import { t } from '@/lib/i18n';
import { formatExactTime, formatRelativeTime, stripBidiControls } from '@/lib/lead/display';
import type { LeadFound } from '@/lib/messages';
import { nameService } from '@/lib/services';

import { aboutRows, customRows } from './about-rows';
import { addressRows, emailRows, linkRows, phoneRows } from './contact-rows';
import { DetailGroup, DetailRow } from './detail-row';

function When(props: { label: string; iso: string | null; now: number }): JSX.Element | null {
  const relative = formatRelativeTime(props.iso, props.now);
  if (!props.iso || !relative) {
    return null;
  }

  const exact = formatExactTime(props.iso) ?? props.iso;

  return (
    <DetailRow label={props.label}>
      <time dateTime={props.iso} title={exact}>
        {relative}
      </time>
      <span class="lv-visually-hidden"> ({exact})</span>
    </DetailRow>
  );
}

function recordRows(found: LeadFound, now: number): JSX.Element[] {
  const { lead, service } = found;
  const rows = [
    <When key="created" label={t('labelCreated')} iso={lead.createdAt} now={now} />,
    <When key="updated" label={t('labelUpdated')} iso={lead.updatedAt} now={now} />,
  ];
  if (service) {
    rows.push(
      <DetailRow key="service" label={t('labelCrm')}>
        {nameService(service)}
      </DetailRow>,
    );
  }

  return rows;
}

function Tags(props: { tags: string[] }): JSX.Element | null {
  const tags = props.tags.filter((tag) => tag.trim() !== '').map(stripBidiControls);

  return tags.length > 0 ? (
    <DetailRow label={t('labelTags')}>
      <span class="lv-detail__lines">{tags.join(', ')}</span>
    </DetailRow>
  ) : null;
}

/** Every field of the lead, grouped; shown in the popup only (the hover card stays compact). */
export function LeadDetails(props: { found: LeadFound; now: number }): JSX.Element {
  const { lead } = props.found;

  return (
    <div class="lv-details">
      <DetailGroup title={t('groupContact')}>
        {[...emailRows(lead), ...phoneRows(lead), ...addressRows(lead)]}
      </DetailGroup>
      <DetailGroup title={t('groupOnTheWeb')}>
        {[
          ...linkRows(lead.websites, t('labelWebsite')),
          ...linkRows(lead.socialLinks, t('labelSocial')),
        ]}
      </DetailGroup>
      <DetailGroup title={t('groupAbout')}>
        {[...aboutRows(lead), <Tags key="tags" tags={lead.tags} />]}
      </DetailGroup>
      {lead.description && (
        <section class="lv-details__group">
          <h3 class="lv-details__title">{t('groupDescription')}</h3>
          <p class="lv-details__text" dir="auto">
            {stripBidiControls(lead.description)}
          </p>
        </section>
      )}
      <DetailGroup title={t('groupCustomFields')}>{customRows(lead)}</DetailGroup>
      <DetailGroup title={t('groupRecord')}>{recordRows(props.found, props.now)}</DetailGroup>
    </div>
  );
}
