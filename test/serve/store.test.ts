// The site store's write-behind: whatever was learned before flush() resolves is in the model
// file when it resolves, however the scheduled writes and the flush interleave.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSiteStore } from '../../src/serve/store.js';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('site store', () => {
  it('flush() waits for a write a timer started while an earlier write was running', async () => {
    // The race: write 1 runs; a learn schedules write 2, whose timer fires while write 1 still
    // runs, so write 2 waits; flush() then waits for write 1 too. flush() used to return as soon
    // as write 1 ended (nothing dirty any more) while write 2 had not written yet.
    for (let delay = 0; delay < 12; delay++) {
      const dir = mkdtempSync(join(tmpdir(), 'spamsift-store-'));
      const store = createSiteStore({ dir, moderator: {}, maxSites: 4, flushDelayMs: 0, onError: (site, action, error) => { throw new Error(`${site} ${action}: ${String(error)}`); } });
      await store.learn('site.example', [], { content: 'Buy cheap pills at our online pharmacy today', id: 'a' }, 'spam');
      await sleep(1); // write 1 starts
      await store.learn('site.example', [], { content: 'Thanks, the second example in the post fixed my build', id: 'b' }, 'ham');
      if (delay > 0) await sleep(delay % 3); // write 2's timer fires (or not yet)
      await store.flush();
      const model = JSON.parse(readFileSync(store.fileOf('site.example'), 'utf8')) as { bayes: { documents: { labels: string[] } } };
      expect(model.bayes.documents.labels.slice().sort(), `attempt ${delay}`).toEqual(['ham', 'spam']);
    }
  });
});
