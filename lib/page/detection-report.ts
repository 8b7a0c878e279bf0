import type { LeadReference } from '@/lib/detect';

import type { MarkStore } from './mark-store';
import { reportedReferenceLimit } from './report-detections';
import { createTimer } from './timing';

/** What the popup and the badge learn about this page. */
export interface DetectionReport {
  count: number;
  references: LeadReference[];
  paused: boolean;
}

export interface DetectionReporterOptions {
  store: MarkStore;
  signal: AbortSignal;
  /** The most references one report lists (the background refuses more). */
  limit?: number;
  send(report: DetectionReport): void;
  delayMs?: number;
}

// The background's schema caps these; a longer one would make it refuse the whole report.
const maxIdLength = 200;
const maxUrlLength = 2_000;

function toReported(reference: LeadReference): LeadReference | null {
  const { id, service, recordUrl, source } = reference;
  if (id.length > maxIdLength) {
    return null;
  }

  const keepUrl = recordUrl !== undefined && recordUrl.length <= maxUrlLength;

  return { id, source, ...(service && { service }), ...(keepUrl && { recordUrl }) };
}

/** Distinct leads on the page (one per CRM and ID), the first `limit` of them listed. */
export function summariseMarks(store: MarkStore, limit: number): Omit<DetectionReport, 'paused'> {
  const seen = new Set<string>();
  const references: LeadReference[] = [];
  const visit = (reference: LeadReference): void => {
    const key = `${reference.service ?? ''} ${reference.id}`;
    const reported = seen.has(key) ? null : toReported(reference);
    seen.add(key);
    if (reported !== null && references.length < limit) {
      references.push(reported);
    }
  };
  store.texts.forEachReference(visit);
  store.elements.forEachReference(visit);

  return { count: seen.size, references };
}

/** Reports after detection settles: one message per quiet period, not one per batch. */
export function createDetectionReporter(
  options: DetectionReporterOptions,
): (paused: boolean) => void {
  const timer = createTimer(options.signal);
  let last = '';

  return (paused) => {
    timer.start(options.delayMs ?? 500, () => {
      const limit = options.limit ?? reportedReferenceLimit;
      const report = { ...summariseMarks(options.store, limit), paused };
      // A feed that adds no new lead sends nothing new.
      const key = JSON.stringify(report);
      if (key !== last) {
        last = key;
        options.send(report);
      }
    });
  };
}
