// How much a second thread helps on this machine right now: the same pure-compute loop run
// twice in one thread, then once in each of two worker threads. On an idle 2-core machine this
// is ~2.0×; on a shared one it says how far other processes' load limits any parallel figure.
import { Worker } from 'node:worker_threads';

const LOOP = `
const { parentPort, workerData } = require('node:worker_threads');
let x = 0;
for (let i = 0; i < workerData; i++) x = (x + i * 7) % 1000003;
parentPort.postMessage(x);
`;

function runLoop(iterations) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(LOOP, { eval: true, workerData: iterations });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

/** Wall-time speed-up of 2 threads over 1 for `iterations` of a compute loop per thread. */
export async function measureThreadSpeedup(iterations = 1e8) {
  let t0 = performance.now();
  await runLoop(iterations);
  await runLoop(iterations);
  const serial = performance.now() - t0;
  t0 = performance.now();
  await Promise.all([runLoop(iterations), runLoop(iterations)]);
  const parallel = performance.now() - t0;
  return serial / parallel;
}
