/** Median wall time of `runs` calls of `task`, in ms: for the side-by-side tables a bench file prints when run alone. */
export function timeMedian(runs: number, task: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    task();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
