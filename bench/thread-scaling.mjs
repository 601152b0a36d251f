// How much a second thread can give check() on this machine: one moderator per worker thread
// (each trained on youtube), the same comments checked by one thread, then by two at once. The
// CLI's --workers speed-up cannot exceed this; bench/lib/speed-parallel.mjs's arithmetic loop says
// what the cores give code that touches little memory.
//   npm run build && node bench/thread-scaling.mjs [--rounds 15] [--runs 5]
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { loadShortComments, ROOT, YOUTUBE } from './lib/speed-data.mjs';

if (!isMainThread) {
  const { createModerator } = await import(join(ROOT, 'dist', 'index.js'));
  const short = loadShortComments(YOUTUBE);
  const m = createModerator();
  for (const { comment, label } of short.items) m.learn(comment, label);
  m.check('warm up (and refit)');
  parentPort.on('message', () => {
    const t0 = performance.now();
    for (let r = 0; r < workerData.rounds; r++) for (const { comment } of short.items) m.check(comment);
    parentPort.postMessage(performance.now() - t0);
  });
  parentPort.postMessage('ready');
} else {
  const { values } = parseArgs({ options: { rounds: { type: 'string', default: '15' }, runs: { type: 'string', default: '5' } } });
  const rounds = Number(values.rounds);
  const start = () =>
    new Promise((resolve, reject) => {
      const w = new Worker(new URL(import.meta.url), { workerData: { rounds } });
      w.once('message', () => resolve(w));
      w.once('error', reject);
    });
  const time = (w) =>
    new Promise((resolve) => {
      w.once('message', resolve);
      w.postMessage('go');
    });
  const load = loadavg()[0];
  const [a, b] = await Promise.all([start(), start()]);
  // Both threads run once untimed: the JIT has settled in each before any run is timed.
  await Promise.all([time(a), time(b)]);
  const ratios = [];
  for (let r = 0; r < Number(values.runs); r++) {
    const one = await time(a);
    const [x, y] = await Promise.all([time(a), time(b)]);
    ratios.push((2 * one) / Math.max(x, y));
    console.log(`run ${r + 1}: one thread ${one.toFixed(0)} ms; two threads ${x.toFixed(0)} and ${y.toFixed(0)} ms each: ${ratios.at(-1).toFixed(2)}× the throughput`);
  }
  ratios.sort((p, q) => p - q);
  console.log(`check() throughput, 2 threads vs 1: median ${ratios[Math.floor(ratios.length / 2)].toFixed(2)}× (load average ${load.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after)`);
  await Promise.all([a.terminate(), b.terminate()]);
}
