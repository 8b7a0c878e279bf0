import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

import type { LeadReference } from '@/lib/detect/types';
import { sendMessage } from '@/lib/messages';

import type { ActiveSite } from './use-active-site';

export type PageLeads =
  | { kind: 'unknown' }
  | { kind: 'scanning' }
  | { kind: 'reported'; references: LeadReference[]; count: number; paused: boolean }
  | { kind: 'scan-failed' };

const contentScript = '/content-scripts/content.js';
const pollEveryMs = 250;
const pollTimes = 12;

async function readWithPause(tabId: number): Promise<PageLeads> {
  const reply = await sendMessage('getTabLeads', { tabId });

  return reply.ok && reply.reported
    ? { kind: 'reported', references: reply.references, count: reply.count, paused: reply.paused }
    : { kind: 'unknown' };
}

const wait = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/** Runs detection in the tab once (activeTab grants it for this click), then waits for it. */
async function scanOnce(tabId: number): Promise<PageLeads> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [contentScript] });
  } catch {
    return { kind: 'scan-failed' };
  }

  for (let attempt = 0; attempt < pollTimes; attempt += 1) {
    const leads = await readWithPause(tabId);
    if (leads.kind === 'reported') {
      return leads;
    }

    await wait(pollEveryMs);
  }

  return { kind: 'reported', references: [], count: 0, paused: false };
}

/** The leads the content script found in the tab under the popup, and a one-time scan. */
export function usePageLeads(site: ActiveSite | null): [PageLeads, () => void] {
  const [leads, setLeads] = useState<PageLeads>({ kind: 'unknown' });
  useEffect(() => {
    if (site) {
      void readWithPause(site.tabId).then(setLeads);
    }
  }, [site]);

  const scan = useCallback((): void => {
    if (site) {
      setLeads({ kind: 'scanning' });
      void scanOnce(site.tabId).then(setLeads);
    }
  }, [site]);

  return [leads, scan];
}
