// Ordered parallel scoring: batches go to the workers round-robin, each worker answers its own
// batches in order, and the caller awaits results in submission order, so output order is kept.
// The caller bounds the number of batches in flight, which bounds memory.
import { Worker } from 'node:worker_threads';
import type { CheckConfig, Outcome } from './check-batch.js';
import type { InputItem } from './source.js';
import { SpamsiftError } from '../index.js';
import type { BatchRequest, StartupFailure } from './worker.js';

interface Pending {
  resolve: (outcomes: Outcome[]) => void;
  reject: (error: Error) => void;
}

export interface Pool {
  run(items: InputItem[]): Promise<Outcome[]>;
  close(): Promise<void>;
}

export function createPool(size: number, workerUrl: URL, config: CheckConfig): Pool {
  const pending = new Map<number, Pending>();
  let seq = 0;
  let failure: Error | undefined;

  const fail = (error: Error): void => {
    failure ??= error;
    for (const p of pending.values()) p.reject(failure);
    pending.clear();
  };

  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(workerUrl, { workerData: config });
    worker.on('message', (message: { seq: number; outcomes: Outcome[] } | StartupFailure) => {
      if ('fatal' in message) {
        fail(new SpamsiftError(message.fatal.code, message.fatal.message, message.fatal.path));
        return;
      }
      const p = pending.get(message.seq);
      pending.delete(message.seq);
      p?.resolve(message.outcomes);
    });
    worker.on('error', (error) => fail(new Error(`a scoring worker failed: ${error.stack ?? error.message}`)));
    worker.on('exit', (code) => {
      if (code !== 0 && pending.size > 0) fail(new Error(`a scoring worker exited with code ${code}`));
    });
    return worker;
  });

  return {
    run(items) {
      if (failure) return Promise.reject(failure);
      const id = seq++;
      const worker = workers[id % size] as Worker;
      return new Promise<Outcome[]>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        const request: BatchRequest = { seq: id, items };
        worker.postMessage(request);
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
