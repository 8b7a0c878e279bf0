import type { JSX } from 'preact';

import { sendMessage } from '@/lib/messages';

/** Shown until credentials are saved, so a new user always knows the next step. */
export function FirstRun(): JSX.Element {
  return (
    <section class="lv-first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title" class="lv-first-run__title">
        Connect Lead Viewer to your CRM
      </h2>
      <p class="lv-first-run__text">
        Lead Viewer reads leads through Apideck. Add your Apideck API key, app ID and consumer ID in
        Options; all three are in your Apideck dashboard.
      </p>
      <button
        type="button"
        class="lv-button lv-button--primary"
        onClick={() => void sendMessage('openOptions', {})}
      >
        Open options
      </button>
    </section>
  );
}
