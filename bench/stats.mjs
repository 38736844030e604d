// Percentiles and the closing budget table.

/** Nearest-rank percentile (p in 0..100) of a list of numbers; NaN when empty. */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** p50/p95/max of `values`, rounded to 0.1 ms. */
export function summary(values) {
  const round = (n) => Math.round(n * 10) / 10;
  return {
    n: values.length,
    p50: round(percentile(values, 50)),
    p95: round(percentile(values, 95)),
    max: round(Math.max(...values)),
  };
}

/** Prints rows of { name, value, budget, unit } with ok/over, aligned. */
export function printTable(rows) {
  const cells = rows.map((r) => [
    r.name,
    typeof r.value === 'number' ? r.value.toFixed(1) : String(r.value),
    `≤ ${r.budget} ${r.unit}`,
    (r.ok ?? r.value <= r.budget) ? 'ok' : 'over',
  ]);
  const head = ['figure', 'measured', 'budget', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) =>
    c
      .map((s, i) => s.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  console.log(
    ['', line(head), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n'),
  );
}
