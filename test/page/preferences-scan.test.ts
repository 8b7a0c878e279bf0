import { afterEach, describe, expect, it } from 'vitest';

import { maxReportedReferences } from '@/lib/messages/schemas';
import { summariseMarks } from '@/lib/page/detection-report';
import { createPageDetector, type ScanScope } from '@/lib/page/detector';
import { reportedReferenceLimit } from '@/lib/page/report-detections';
import { createScanJob, type ScanInput } from '@/lib/page/scan-job';
import type { MarkStore } from '@/lib/page/mark-store';

import {
  closeId,
  lightningUrl,
  markedTextIds,
  newStore,
  setBody,
  sf15,
  sf18,
} from './page-helpers';

const allOn = { salesforce: true, close: true, links: true, attributes: true };
const page = `<p>${sf15} ${closeId}</p><a href="${lightningUrl}">Ada</a><span data-lead-id="42">x</span>`;

function scanWith(store: MarkStore, scope: ScanScope, input?: ScanInput): void {
  const whole = input ?? { roots: [document.body], rescan: false };
  const job = createScanJob(
    () => whole,
    store,
    () => 0,
    scope,
  );
  while (!job.step(Infinity).done) {
    // Runs to the end: no deadline.
  }
}

function scopeFor(families: typeof allOn, budget = Infinity): ScanScope {
  return {
    detector: createPageDetector({ families, customPatterns: [] }),
    budget: { left: budget },
  };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('detection follows the preferences', () => {
  it.each([
    ['everything on', allOn, 4],
    ['Salesforce off', { ...allOn, salesforce: false }, 3],
    ['links off', { ...allOn, links: false }, 3],
    ['data-lead-id off', { ...allOn, attributes: false }, 3],
    ['everything off', { salesforce: false, close: false, links: false, attributes: false }, 0],
  ])('marks what is switched on: %s', (_label, families, expected) => {
    setBody(page);
    const store = newStore();
    scanWith(store, scopeFor(families));

    expect(summariseMarks(store, 200).count).toBe(expected);
  });

  it('marks a user-defined pattern with its service', () => {
    setBody('<p>Deal owner: PD-48213</p>');
    const store = newStore();
    const detector = createPageDetector({
      families: allOn,
      customPatterns: [{ pattern: 'PD-(\\d{4,})', service: 'pipedrive' }],
    });
    scanWith(store, { detector, budget: { left: Infinity } });

    expect(summariseMarks(store, 200).references).toEqual([
      { id: '48213', service: 'pipedrive', source: 'text' },
    ]);
  });

  it('stops scanning text once the page budget is spent', () => {
    setBody(`<p>${sf15}</p><p>${'x'.repeat(50)}</p><p>${sf18}</p>`);
    const store = newStore();
    const scope = scopeFor(allOn, 40);
    scanWith(store, scope);

    expect(markedTextIds(store)).toEqual([sf15]);
    expect(scope.budget.left).toBeLessThan(0);
  });
});

describe('summariseMarks', () => {
  it('counts each lead once and lists at most the limit', () => {
    setBody(`<p>${sf15}</p><p>${sf15}</p><p>${closeId}</p><p>${sf18}</p>`);
    const store = newStore();
    scanWith(store, scopeFor(allOn));
    const summary = summariseMarks(store, 2);

    expect(summary.count).toBe(3);
    expect(summary.references.map((reference) => reference.id)).toEqual([sf15, closeId]);
  });

  it('leaves out a record URL the background would refuse as too long', () => {
    setBody(`<a href="${lightningUrl}?${'q'.repeat(2_100)}">Ada</a>`);
    const store = newStore();
    scanWith(store, scopeFor(allOn));

    expect(summariseMarks(store, 200).references).toEqual([
      { id: sf18, service: 'salesforce', source: 'link' },
    ]);
  });

  it('lists no more than the background accepts', () => {
    expect(reportedReferenceLimit).toBe(maxReportedReferences);
  });
});
