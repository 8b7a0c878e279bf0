import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ids } from '../fake-apideck/leads.mjs';
import { readAccessibleText } from './support/cdp';
import { countMarks, hoverText, waitForDialog } from './support/page-tools';
import { type Session, startSession } from './support/session';

let session: Session;
let page: Page;

// A user-defined pattern from Options: "SELL-<digits>" are Zendesk Sell lead IDs.
const customPattern = { pattern: 'SELL-(\\d{6,12})', service: 'zendesk-sell' };

interface Family {
  label: string;
  selector: string;
  /** Text under the pointer: the ID itself, or the link's text. */
  text: string;
  name: RegExp;
  service: string;
  id: string;
  /** The card offers "Open in CRM" only when the record page's address is known. */
  opensInCrm: boolean;
}

const families: Family[] = [
  {
    label: 'Salesforce text, 18 characters',
    selector: '#sf18',
    text: ids.full,
    name: /Ada Linwood/,
    service: 'salesforce',
    id: ids.full,
    opensInCrm: false,
  },
  {
    label: 'Salesforce text, 15 characters',
    selector: '#sf15',
    text: ids.full15,
    name: /Ada Linwood/,
    service: 'salesforce',
    // Sent in its 18-character form: the checksum makes it case-safe.
    id: ids.full,
    opensInCrm: false,
  },
  {
    label: 'a Salesforce Lightning link',
    selector: '#sf-lightning',
    text: 'Salesforce Lightning link',
    name: /Grace Holloway/,
    service: 'salesforce',
    id: ids.grace,
    opensInCrm: true,
  },
  {
    label: 'a Salesforce Classic sandbox link with a 15-character ID',
    selector: '#sf-classic',
    text: 'Salesforce Classic sandbox link',
    name: /Grace Holloway/,
    service: 'salesforce',
    id: ids.grace,
    opensInCrm: true,
  },
  {
    label: 'Close text',
    selector: '#close-text',
    text: ids.close,
    name: /Blue Heron Outfitters/,
    service: 'close',
    id: ids.close,
    opensInCrm: true,
  },
  {
    label: 'a HubSpot link on a regional host',
    selector: '#hubspot',
    text: 'HubSpot link',
    name: /Sofia Lindqvist/,
    service: 'hubspot',
    id: ids.hubspot,
    opensInCrm: true,
  },
  {
    label: 'a Pipedrive link',
    selector: '#pipedrive',
    text: 'Pipedrive link',
    name: /Northwind Traders/,
    service: 'pipedrive',
    id: ids.pipedrive,
    opensInCrm: true,
  },
  {
    label: 'a Zoho CRM link on the EU host (a 19-digit ID)',
    selector: '#zoho',
    text: 'Zoho CRM link',
    name: /Rafael Okonkwo/,
    service: 'zoho-crm',
    id: ids.zoho,
    opensInCrm: true,
  },
  {
    label: 'a Dynamics 365 link with an encoded, braced, upper-case GUID',
    selector: '#dynamics',
    text: 'Dynamics 365 link',
    name: /Maren Oyelaran/,
    service: 'microsoft-dynamics',
    id: ids.dynamics,
    opensInCrm: true,
  },
  {
    label: 'a Zendesk Sell link',
    selector: '#zendesk',
    text: 'Zendesk Sell link',
    name: /Tomasz Wieczorek/,
    service: 'zendesk-sell',
    id: ids.zendeskSell,
    opensInCrm: true,
  },
  {
    label: 'a Freshsales link',
    selector: '#freshsales',
    text: 'Freshsales link',
    name: /Anjali Raghunathan/,
    service: 'freshsales',
    id: ids.freshsales,
    opensInCrm: true,
  },
  {
    label: 'an Odoo link',
    selector: '#odoo',
    text: 'Odoo link',
    name: /Lucien Marchetti/,
    service: 'odoo',
    id: ids.odoo,
    opensInCrm: true,
  },
  {
    label: 'a data-lead-id element with its service',
    selector: '#attribute',
    text: 'Zoho lead by attribute',
    name: /Rafael Okonkwo/,
    service: 'zoho-crm',
    id: ids.zoho,
    opensInCrm: false,
  },
  {
    label: 'a user-defined pattern',
    selector: '#custom',
    text: `SELL-${ids.zendeskSell}`,
    name: /Tomasz Wieczorek/,
    service: 'zendesk-sell',
    id: ids.zendeskSell,
    // Zendesk Sell's record page needs nothing but the ID.
    opensInCrm: true,
  },
];

async function openPage(): Promise<void> {
  // The pointer rests away from every ID, so no card is open when the next test starts.
  await page.mouse.move(5, 5);
  await page.goto(`${session.pagesUrl}/families.html`);
  await expect.poll(() => countMarks(page), { timeout: 5_000 }).toBe(families.length);
}

beforeAll(async () => {
  session = await startSession();
  await session.configure();
  await (
    await session.worker()
  ).evaluate(
    (pattern) => chrome.storage.local.set({ preferences: { customPatterns: [pattern] } }),
    customPattern,
  );
  page = await session.context.newPage();
});

afterAll(async () => {
  await session?.close();
});

describe('every pattern family, detected and carded', () => {
  it('marks one ID per family and nothing else on the page', async () => {
    await openPage();
    await page.waitForTimeout(500);

    expect(await countMarks(page)).toBe(families.length);
  });

  it.each(families)(
    'opens the named card for $label, asking its CRM',
    async ({ selector, text, name, service, id, opensInCrm }) => {
      // A fresh page and an empty background cache: each family makes its own request.
      await openPage();
      const options = await session.openExtensionPage('options.html');
      await options.evaluate(() => chrome.runtime.sendMessage({ type: 'clearCache' }));
      await options.close();
      session.api.resetLog();
      await hoverText(page, selector, text);

      await waitForDialog(page, name, 3_000);
      const leadRequests = session.api.log.filter((entry) => entry.path.startsWith('/crm/leads/'));
      expect(leadRequests.map((entry) => entry.path)).toEqual([
        `/crm/leads/${encodeURIComponent(id)}`,
      ]);
      expect(leadRequests[0]?.headers['x-apideck-service-id']).toBe(service);
      expect((await readAccessibleText(page)).includes('Open in CRM')).toBe(opensInCrm);
    },
  );
});

/** What the worker's command handler sends to the tab the shortcut was pressed in. */
async function sendShortcutCommand(): Promise<unknown> {
  return (await session.worker()).evaluate(async (address) => {
    const [tab] = await chrome.tabs.query({ url: address });

    return tab?.id === undefined
      ? null
      : chrome.tabs.sendMessage(tab.id, { type: 'openCardAtSelection' });
  }, page.url());
}

describe('the keyboard shortcut', () => {
  it('is bound to Alt+Shift+L', async () => {
    const commands = await (await session.worker()).evaluate(() => chrome.commands.getAll());

    expect(commands.find((command) => command.name === 'open-lead-card')?.shortcut).toBe(
      'Alt+Shift+L',
    );
  });

  // Headless Chromium has no window accelerators, so a key press cannot fire the command; the
  // worker sends what its command handler sends, to the tab the shortcut was pressed in.
  it('opens the card for the selected ID and moves focus into it', async () => {
    await openPage();
    await page.evaluate(() => {
      const node = document.querySelector('#sf18')?.firstChild;
      const at = node?.textContent?.indexOf('00Q') ?? -1;
      if (node && at >= 0) {
        getSelection()?.setBaseAndExtent(node, at, node, at + 18);
      }
    });
    const reply = await sendShortcutCommand();

    expect(reply).toEqual({ opened: true });
    await waitForDialog(page, /Ada Linwood/, 3_000);
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe(
      'lead-viewer-root',
    );
  });

  it('answers "nothing opened" when the selection holds no ID', async () => {
    await openPage();
    await page.evaluate(() => {
      const node = document.querySelector('h1')?.firstChild;
      if (node) {
        getSelection()?.setBaseAndExtent(node, 0, node, 3);
      }
    });
    const reply = await sendShortcutCommand();

    expect(reply).toEqual({ opened: false });
  });
});
