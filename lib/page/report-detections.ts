import { sendMessage } from '@/lib/messages';

import type { DetectionReport } from './detection-report';

/** The most references one report lists: `maxReportedReferences` in lib/messages/schemas.ts,
 *  which the content script cannot import (it carries Zod). A test keeps the two equal. */
export const reportedReferenceLimit = 200;

/** Tells the background what this page holds, for the toolbar badge and the popup's list. */
export function reportDetections(report: DetectionReport): void {
  void sendMessage('reportDetections', report);
}
