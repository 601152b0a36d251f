// Worker threads that help the main thread score: each worker says when its moderator is built,
// and only then is it handed parts (at most `depth` at a time), so no part ever waits for a worker
// to start while the main thread could score it. Each worker answers its parts in order; the
// caller keeps the output order (check.ts).
import { Worker } from 'node:worker_threads';
import type { CheckConfig } from './check-batch.js';
import type { RawBatch } from './source.js';
import { SpamsiftError } from '../index.js';
import type { BatchReply, BatchRequest, WorkerMessage } from './worker.js';

interface Pending {
  worker: number;
  resolve: (reply: BatchReply) => void;
  reject: (error: Error) => void;
}

export interface Pool {
  /** A worker that is ready and holds fewer than `depth` parts, or -1. */
  free(): number;
  /** Hands `batch` to worker `index` (from free()). */
  run(index: number, batch: RawBatch): Promise<BatchReply>;
  /** Resolves at the next reply, readiness or failure of any worker. */
  changed(): Promise<void>;
  /** Why the pool stopped, if it did. */
  failure(): Error | undefined;
  close(): Promise<void>;
}

export function createPool(size: number, depth: number, workerUrl: URL, config: CheckConfig): Pool {
  const pending = new Map<number, Pending>();
  const load = new Array<number>(size).fill(0);
  const ready = new Array<boolean>(size).fill(false);
  let seq = 0;
  let failed: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    const w = wake;
    wake = undefined;
    w?.();
  };

  const fail = (error: Error): void => {
    failed ??= error;
    for (const p of pending.values()) p.reject(failed);
    pending.clear();
    notify();
  };

  const workers = Array.from({ length: size }, (_, index) => {
    const worker = new Worker(workerUrl, { workerData: config });
    worker.on('message', (message: WorkerMessage) => {
      if ('fatal' in message) {
        fail(new SpamsiftError(message.fatal.code, message.fatal.message, message.fatal.path));
        return;
      }
      if ('ready' in message) {
        ready[index] = true;
        notify();
        return;
      }
      const p = pending.get(message.seq);
      pending.delete(message.seq);
      if (p) load[p.worker] = (load[p.worker] as number) - 1;
      p?.resolve(message);
      notify();
    });
    worker.on('error', (error) => fail(new Error(`a scoring worker failed: ${error.stack ?? error.message}`)));
    worker.on('exit', (code) => {
      if (code !== 0 && pending.size > 0) fail(new Error(`a scoring worker exited with code ${code}`));
    });
    return worker;
  });

  return {
    free() {
      if (failed) return -1;
      let best = -1;
      for (let i = 0; i < size; i++) {
        if (ready[i] && (load[i] as number) < depth && (best < 0 || (load[i] as number) < (load[best] as number))) best = i;
      }
      return best;
    },
    run(index, batch) {
      if (failed) return Promise.reject(failed);
      const id = seq++;
      load[index] = (load[index] as number) + 1;
      return new Promise<BatchReply>((resolve, reject) => {
        pending.set(id, { worker: index, resolve, reject });
        const request: BatchRequest = { seq: id, batch };
        // A block of lines moves to the worker instead of being copied (its buffer is its own: lines.ts).
        const transfer = batch.kind === 'lines' ? [batch.block.bytes.buffer as ArrayBuffer] : [];
        (workers[index] as Worker).postMessage(request, transfer);
      });
    },
    changed() {
      if (failed) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const previous = wake;
        wake = () => {
          previous?.();
          resolve();
        };
      });
    },
    failure: () => failed,
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
