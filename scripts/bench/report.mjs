// @ts-check
// Prints the medians per page against the targets of BENCHMARK.md.

const median = (values) => {
  const sorted = values.filter((value) => value !== null).sort((a, b) => a - b);
  return sorted.length === 0 ? null : sorted[Math.floor((sorted.length - 1) / 2)];
};
const fixed = (value, digits = 1) => (value === null ? 'n/a' : value.toFixed(digits));

function summarisePage(name, { planted, loads }) {
  const pick = (read) => median(loads.map(read));
  const ratio = pick((load) => load.scanMs / load.reference.ms);

  return {
    page: name,
    'scan ms': fixed(pick((load) => load.scanMs)),
    'L0 ms': fixed(pick((load) => load.reference.ms)),
    'scan/L0': fixed(ratio, 2),
    'found/planted': `${pick((load) => load.found)}/${planted}`,
    'max measure ms': fixed(pick((load) => load.maxMeasureMs)),
    'longest task ms': fixed(pick((load) => load.longestTaskMs)),
    'frame after marking ms': fixed(pick((load) => load.frameAfterMarkingMs)),
    'hover µs (ours/page)': loads[0]?.hover
      ? `${fixed(pick((load) => load.hover.oursUs))}/${fixed(pick((load) => load.hover.pageUs))}`
      : '-',
    'feed scan/own': loads[0]?.feedOwnMs
      ? fixed(
          pick((load) => load.scanMs / load.feedOwnMs),
          2,
        )
      : '-',
  };
}

export function printReport(results, sizes, loads) {
  console.log(`Medians of ${loads} loads per page (frame 0 = no frame over 50 ms)`);
  console.table(Object.entries(results).map(([name, result]) => summarisePage(name, result)));
  console.log(
    `content script gzipped: bench build ${sizes.bench} B, production ${sizes.production} B`,
  );
}
