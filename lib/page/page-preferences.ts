import { sendMessage } from '@/lib/messages';

import { createPageDetector, defaultDetector, type PageDetector } from './detector';
import { openDelayMs } from './hover-intent';

/** The preferences this page's detection and cards follow, read once when the script starts. */
export interface PagePreferences {
  hoverDelayMs: number;
  detector: PageDetector;
}

/** Asks the background (content scripts cannot read storage.local); defaults if it cannot. */
export async function loadPagePreferences(): Promise<PagePreferences> {
  const reply = await sendMessage('getPreferences', {});
  if (!reply.ok) {
    return { hoverDelayMs: openDelayMs, detector: defaultDetector };
  }

  const { preferences } = reply;

  return { hoverDelayMs: preferences.hoverDelayMs, detector: createPageDetector(preferences) };
}
