const measureName = 'lead-viewer:scan';

// The mode checks are written out in each function so the bundler folds them to `false` and
// drops the timeline code from production: pages can read the timeline (CONTRACT C8).

/** The start of a piece of detection work, in measurement builds; 0 elsewhere. */
export function startMeasure(): number {
  if (import.meta.env.MODE === 'e2e' || import.meta.env.MODE === 'bench') {
    return performance.now();
  }

  return 0;
}

/** Records detection work since `start` with how many IDs it found, never which. */
export function recordScan(start: number, count: number): void {
  if (import.meta.env.MODE === 'e2e' || import.meta.env.MODE === 'bench') {
    performance.measure(measureName, { start, end: performance.now(), detail: { count } });
  }
}
