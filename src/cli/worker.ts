// A scoring thread for `spamsift check --workers N`: builds its own moderator from the same
// config as the main thread and answers each batch with its outcomes, tagged by sequence number.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { SpamsiftError, type SpamsiftErrorCode } from '../index.js';
import { createBatchScorer, type BatchScorer, type CheckConfig } from './check-batch.js';
import type { InputItem } from './source.js';

export interface BatchRequest {
  seq: number;
  items: InputItem[];
}

/** The worker's settings were refused: sent instead of crashing, so the CLI can exit 2 with the library's message. */
export interface StartupFailure {
  fatal: { code: SpamsiftErrorCode; message: string; path: string | undefined };
}

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
  port.on('message', (request: BatchRequest) => {
    // An exception here is a bug, not bad input: let it crash the worker so the pool reports it.
    port.postMessage({ seq: request.seq, outcomes: score(request.items) });
  });
}

if (parentPort) start(parentPort);
