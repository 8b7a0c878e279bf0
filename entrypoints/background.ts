import { runCommand } from '@/lib/background/commands';
import { createContextMenu, openLookupFromMenu } from '@/lib/background/context-menu';
import { createHandlers, createLeadCache } from '@/lib/background/handlers';
import { forgetTab } from '@/lib/background/page-handlers';
import { injectIntoGrantedTabs, syncContentScript } from '@/lib/background/site-access';
import { logger } from '@/lib/logger';
import { listenForMessages } from '@/lib/messages/listen';

const report = (task: Promise<unknown>) => void task.catch((error) => logger.error(error));

export default defineBackground({
  type: 'module',
  main() {
    // Chrome exposes storage.local to content scripts unless told otherwise; the key lives there.
    report(
      browser.storage.local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }) ??
        Promise.resolve(),
    );
    const cache = createLeadCache();
    listenForMessages(createHandlers(cache));
    // Other credentials may see other leads: nothing cached under the old ones survives.
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === 'local' && 'settings' in changes) {
        report(cache.clear());
      }
    });
    browser.runtime.onInstalled.addListener(() => {
      createContextMenu();
      report(syncContentScript());
    });
    browser.runtime.onStartup.addListener(() => report(syncContentScript()));
    browser.permissions.onAdded.addListener(({ origins }) => {
      report(syncContentScript().then(() => injectIntoGrantedTabs(origins)));
    });
    browser.permissions.onRemoved.addListener(() => report(syncContentScript()));
    browser.tabs.onRemoved.addListener((tabId) => report(forgetTab(tabId)));
    // A new page in the tab reports its own leads; the old list must not outlive it.
    browser.tabs.onUpdated.addListener((tabId, change) => {
      if (change.status === 'loading') {
        report(forgetTab(tabId));
      }
    });
    browser.contextMenus.onClicked.addListener((info) => report(openLookupFromMenu(info)));
    browser.commands.onCommand.addListener((command, tab) => report(runCommand(command, tab)));
  },
});
