// A scoring thread for `spamsift check --workers N`: builds its own moderator from the same
// config as the main thread, decodes each batch it is handed and answers with its outcomes,
// tagged by sequence number.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { SpamsiftError, type SpamsiftErrorCode } from '../index.js';
import { createBatchScorer, encodeOutcomes, type BatchScorer, type CheckConfig, type EncodedOutcome } from './check-batch.js';
import { batchItems, type RawBatch } from './source.js';

export interface BatchRequest {
  seq: number;
  batch: RawBatch;
}

export interface BatchReply {
  seq: number;
  /**
   * The batch's outcomes with consecutive verdict lines joined and encoded as UTF-8 here: the bytes
   * move to the main thread without a copy, and the main thread, which writes every thread's
   * output, writes them without encoding them again (it was the main thread's largest cost besides
   * its own scoring: docs/speed-session9.md).
   */
  outcomes: EncodedOutcome[];
  /** Records in the batch (for progress). */
  count: number;
}

/** The worker's settings were refused: sent instead of crashing, so the CLI can exit 2 with the library's message. */
export interface StartupFailure {
  fatal: { code: SpamsiftErrorCode; message: string; path: string | undefined };
}

/** Sent once the worker's moderator is built and fitted: from now on it scores a part at once. */
export interface WorkerReady {
  ready: true;
}

export type WorkerMessage = BatchReply | StartupFailure | WorkerReady;

function start(port: MessagePort): void {
  let score: BatchScorer;
  try {
    score = createBatchScorer(workerData as CheckConfig);
  } catch (error) {
    if (!(error instanceof SpamsiftError)) throw error;
    const failure: StartupFailure = { fatal: { code: error.code, message: error.message.replace(/^spamsift: /, ''), path: error.path } };
    port.postMessage(failure);
    return;
  }
  const ready: WorkerReady = { ready: true };
  port.postMessage(ready);
  port.on('message', (request: BatchRequest) => {
    // An exception here is a bug, not bad input: let it crash the worker so the pool reports it.
    const items = batchItems(request.batch);
    const outcomes = encodeOutcomes(score(items));
    const reply: BatchReply = { seq: request.seq, outcomes, count: items.length };
    const transfer: ArrayBuffer[] = [];
    for (const o of outcomes) if (o instanceof Uint8Array) transfer.push(o.buffer as ArrayBuffer);
    port.postMessage(reply, transfer);
  });
}

if (parentPort) start(parentPort);
