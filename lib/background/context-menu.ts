import { browser, type Browser } from 'wxt/browser';

import { t } from '../i18n';

const menuId = 'lead-viewer-look-up';

export function createContextMenu(): void {
  browser.contextMenus.create({
    id: menuId,
    title: t('contextMenuLookUp'),
    contexts: ['selection'],
  });
}

/** Opens the lookup view for the selected text, which the popup validates like typed input. */
export async function openLookupFromMenu(info: Browser.contextMenus.OnClickData): Promise<void> {
  const selection = info.selectionText?.trim().slice(0, 200);
  if (info.menuItemId !== menuId || !selection) {
    return;
  }

  const url = `${browser.runtime.getURL('/popup.html')}?id=${encodeURIComponent(selection)}`;
  await browser.tabs.create({ url });
}
