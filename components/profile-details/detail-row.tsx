import type { ComponentChildren, JSX } from 'preact';

import { t } from '@/lib/i18n';

import { CopyButton } from '../copy-button';

export interface DetailRowProps {
  label: string;
  children: ComponentChildren;
  /** The text to copy; no copy button without it. */
  copy?: string;
  /** The copy button's name; "Copy" and the label when not given. */
  copyLabel?: string;
  /** Keeps the value on one line, moving under the label whole when it does not fit. */
  wrap?: boolean;
}

/** One labelled value of the expanded profile, with a copy button when it is worth copying. */
export function DetailRow(props: DetailRowProps): JSX.Element {
  return (
    <div class={props.wrap ? 'lv-fact lv-fact--wrap' : 'lv-fact'}>
      <dt>{props.label}</dt>
      <dd>
        <span class="lv-detail__value" dir="auto">
          {props.children}
        </span>
        {props.copy && (
          <CopyButton value={props.copy} label={props.copyLabel ?? t('copyWhat', [props.label])} />
        )}
      </dd>
    </div>
  );
}

/** A titled group of rows; left out when it has nothing to show. */
export function DetailGroup(props: { title: string; children: ComponentChildren[] }) {
  const rows = props.children.filter(Boolean);
  if (rows.length === 0) {
    return null;
  }

  return (
    <section class="lv-details__group">
      <h3 class="lv-details__title">{props.title}</h3>
      <dl class="lv-details__list">{rows}</dl>
    </section>
  );
}

/** A type such as "work" or "mobile" next to the label, when the CRM sent one. */
export const typed = (label: string, type: string | null): string =>
  type && type.trim() !== '' ? t('labelWithType', [label, type.trim()]) : label;
