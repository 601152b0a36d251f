// A scoring thread for `spamsift check --workers N`: builds its own moderator from the same
// config as the main thread and answers each batch with its outcomes, tagged by sequence number.
import { parentPort, workerData } from 'node:worker_threads';
import { createBatchScorer, type CheckConfig } from './check-batch.js';
import type { InputItem } from './source.js';

export interface BatchRequest {
  seq: number;
  items: InputItem[];
}

if (parentPort) {
  const port = parentPort;
  const score = createBatchScorer(workerData as CheckConfig);
  port.on('message', (request: BatchRequest) => {
    // An exception here is a bug, not bad input: let it crash the worker so the pool reports it.
    port.postMessage({ seq: request.seq, outcomes: score(request.items) });
  });
}
