// Ordered parallel scoring: each batch goes to the worker with the fewest batches in hand, each
// worker answers its own batches in order, and the caller awaits results in submission order, so
// output order is kept. The caller bounds the number of batches in flight, which bounds memory.
import { Worker } from 'node:worker_threads';
import type { CheckConfig } from './check-batch.js';
import type { RawBatch } from './source.js';
import { SpamsiftError } from '../index.js';
import type { BatchReply, BatchRequest, StartupFailure } from './worker.js';

interface Pending {
  worker: number;
  resolve: (reply: BatchReply) => void;
  reject: (error: Error) => void;
}

export interface Pool {
  run(batch: RawBatch): Promise<BatchReply>;
  close(): Promise<void>;
}

export function createPool(size: number, workerUrl: URL, config: CheckConfig): Pool {
  const pending = new Map<number, Pending>();
  const load = new Array<number>(size).fill(0);
  let seq = 0;
  let failure: Error | undefined;

  const fail = (error: Error): void => {
    failure ??= error;
    for (const p of pending.values()) p.reject(failure);
    pending.clear();
  };

  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(workerUrl, { workerData: config });
    worker.on('message', (message: BatchReply | StartupFailure) => {
      if ('fatal' in message) {
        fail(new SpamsiftError(message.fatal.code, message.fatal.message, message.fatal.path));
        return;
      }
      const p = pending.get(message.seq);
      pending.delete(message.seq);
      if (p) load[p.worker] = (load[p.worker] as number) - 1;
      p?.resolve(message);
    });
    worker.on('error', (error) => fail(new Error(`a scoring worker failed: ${error.stack ?? error.message}`)));
    worker.on('exit', (code) => {
      if (code !== 0 && pending.size > 0) fail(new Error(`a scoring worker exited with code ${code}`));
    });
    return worker;
  });

  /** The least busy worker (the first among equals): a slower thread is given less, not more. */
  const pick = (): number => {
    let best = 0;
    for (let i = 1; i < size; i++) if ((load[i] as number) < (load[best] as number)) best = i;
    return best;
  };

  return {
    run(batch) {
      if (failure) return Promise.reject(failure);
      const id = seq++;
      const index = pick();
      load[index] = (load[index] as number) + 1;
      return new Promise<BatchReply>((resolve, reject) => {
        pending.set(id, { worker: index, resolve, reject });
        const request: BatchRequest = { seq: id, batch };
        // A block of lines moves to the worker instead of being copied (its buffer is its own: lines.ts).
        const transfer = batch.kind === 'lines' ? [batch.block.bytes.buffer as ArrayBuffer] : [];
        (workers[index] as Worker).postMessage(request, transfer);
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
