import type { JSX } from 'preact';

import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messages';

/** Shown until credentials are saved, so a new user always knows the next step. */
export function FirstRun(): JSX.Element {
  return (
    <section class="lv-first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title" class="lv-first-run__title">
        {t('firstRunTitle')}
      </h2>
      <p class="lv-first-run__text">{t('firstRunText')}</p>
      <button
        type="button"
        class="lv-button lv-button--primary"
        onClick={() => void sendMessage('openOptions', {})}
      >
        {t('openOptions')}
      </button>
    </section>
  );
}
