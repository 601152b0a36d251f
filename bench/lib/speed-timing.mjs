// Timing for bench/speed.mjs. Single-thread figures use this process's CPU time (user + system),
// not wall time: on a shared 2-core machine, wall time also counts other processes' turns.
// Parallel figures (CLI --workers) must use wall time, which is what parallelism improves.

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export function cpuSeconds() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

/**
 * Median CPU seconds for one pass of fn over every item: one warm-up pass, then `rounds` runs,
 * each repeating whole passes until it has used at least `minSeconds`.
 */
export function timePass(items, fn, { rounds = 5, minSeconds = 0.2 } = {}) {
  let sink = 0;
  for (const x of items) if (fn(x)) sink++;
  const runs = [];
  for (let r = 0; r < rounds; r++) {
    let passes = 0;
    const t0 = cpuSeconds();
    let t = t0;
    do {
      for (const x of items) if (fn(x)) sink++;
      passes++;
      t = cpuSeconds();
    } while (t - t0 < minSeconds);
    runs.push((t - t0) / passes);
  }
  // Keeps the results observable so the JIT cannot drop the calls.
  if (sink < 0) console.log(sink);
  return median(runs);
}

/** Median wall seconds of `rounds` calls of an async fn (after one warm-up call). */
export async function timeWall(fn, { rounds = 3, warmup = true } = {}) {
  if (warmup) await fn();
  const runs = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    await fn();
    runs.push((performance.now() - t0) / 1000);
  }
  return median(runs);
}

/** CPU seconds of one call (for one-off work such as training). */
export function timeOnce(fn) {
  const t0 = cpuSeconds();
  const value = fn();
  return { seconds: cpuSeconds() - t0, value };
}
