import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';

import { logger } from '@/lib/logger';
import { startLeadViewer } from '@/lib/page/start';

/**
 * Lead detection and hover cards. Registered at runtime by the background, only for the sites
 * the user enabled, and injected into the current tab when a site is enabled; so it is not in
 * the manifest, and `matches` is left out: WXT would add it to `host_permissions`.
 */
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  main(ctx) {
    // A second injection builds a new context, which invalidates this one (WXT's
    // "content-script-started" event): the newer copy takes over, this one cleans up.
    startLeadViewer({
      doc: document,
      signal: ctx.signal,
      isAlive: () => ctx.isValid,
      isOrphaned: () => browser.runtime?.id === undefined,
    }).catch((error: unknown) => logger.warn('Hover cards are off on this page.', error));
  },
});
