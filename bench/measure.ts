/** Timing for benchmarks: the median of several runs after a warm-up, in milliseconds. */
export function medianMs(run: () => unknown, runs = 5): number {
  run(); // warm-up: JIT and lazy initialisation
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

export function row(cells: readonly (string | number)[], widths: readonly number[]): string {
  return cells.map((cell, i) => String(cell).padStart(widths[i] ?? 10)).join('  ');
}
