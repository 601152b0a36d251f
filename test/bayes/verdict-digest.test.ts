// Safety net for reworking the token path (issue 13): every verdict on the shared corpora, and the
// exported Bayes model, must stay byte-identical to what main gave before the rework.
//
// For each corpus a moderator learns the even-numbered comments (with their ids and author names)
// and then checks every comment; each verdict is JSON-encoded and hashed (SHA-256), 1,000 comments
// to a chunk so a failure says where the first difference is. The model export (bayes part only:
// `createdAt` changes with the clock) is hashed too, so the learned content cannot drift. It is
// hashed as version 1 wrote it (test/helpers/model-v1.ts): version 2 (session 12) writes the same
// token lists as strings, and hashing the version 1 form kept every recorded hash. Version 2's
// encoding itself is pinned by test/bayes/model.test.ts.
//
// The expected hashes in test/bayes/verdict-digest.json were written by this same test, run on
// main at da735d5 (before the rework), then regenerated on main before the rework merged, once the
// separator joins (issue 11) and the new cold-start rules (issue 10) had changed scores on purpose,
// with SPAMSIFT_WRITE_DIGEST=1:
//   SPAMSIFT_WRITE_DIGEST=1 npx vitest run test/bayes/verdict-digest.test.ts
// A change that alters scores on purpose (a new rule, another weighting) must regenerate the file
// the same way and say so in its commit; a speed change must never need to.
// Without ../shared/corpora the test is skipped with a message (CI has the folder).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BayesModelJSON } from '../../src/bayes/index.js';
import { createModerator, type Comment } from '../../src/index.js';
import { bayesAsVersion1 } from '../helpers/model-v1.js';

const CORPORA = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpora');
const NAMES = ['youtube', 'sms', 'instagram-scam', 'telegram-ru'];
const FIXTURE = join(import.meta.dirname, 'verdict-digest.json');
const CHUNK = 1_000;
const WRITE = process.env['SPAMSIFT_WRITE_DIGEST'] === '1';
const HAVE = NAMES.every((n) => existsSync(join(CORPORA, n, `${n}.jsonl`)));
if (!HAVE) console.warn(`verdict-digest.test: ${CORPORA} is absent (or lacks a corpus); the verdict digest is skipped`);

interface Digest {
  items: number;
  model: string;
  chunks: string[];
}

function readCorpus(name: string): { comment: Comment; label: 'spam' | 'ham' }[] {
  return readFileSync(join(CORPORA, name, `${name}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const r = JSON.parse(l) as { id?: string; content: string; author?: string | null; label: 'spam' | 'ham' };
      const comment: Comment = { content: r.content };
      if (typeof r.id === 'string') comment.id = `${name}:${r.id}`;
      if (typeof r.author === 'string') comment.author = { name: r.author };
      return { comment, label: r.label };
    });
}

const sha = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 32);

function digestCorpus(name: string): Digest {
  const items = readCorpus(name);
  const m = createModerator();
  items.forEach(({ comment, label }, i) => {
    if (i % 2 === 0) m.learn(comment, label);
  });
  const chunks: string[] = [];
  for (let start = 0; start < items.length; start += CHUNK) {
    const hash = createHash('sha256');
    for (const { comment } of items.slice(start, start + CHUNK)) hash.update(`${JSON.stringify(m.check(comment))}\n`);
    chunks.push(hash.digest('hex').slice(0, 32));
  }
  return { items: items.length, model: sha(JSON.stringify(bayesAsVersion1(m.exportModel().bayes as BayesModelJSON))), chunks };
}

describe('verdicts on the shared corpora', () => {
  it.skipIf(!HAVE).each(NAMES)('%s: every verdict and the exported model are as recorded', (name) => {
    const actual = digestCorpus(name);
    if (WRITE) {
      const all = existsSync(FIXTURE) ? (JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, Digest>) : {};
      all[name] = actual;
      writeFileSync(FIXTURE, `${JSON.stringify(all, null, 2)}\n`);
      return;
    }
    const expected = (JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, Digest>)[name];
    expect(expected, `no recorded digest for ${name}`).toBeDefined();
    expect(actual.items).toBe(expected?.items);
    const first = actual.chunks.findIndex((c, i) => c !== expected?.chunks[i]);
    expect(first, `verdicts differ from comment ${first * CHUNK} on (chunk of ${CHUNK})`).toBe(-1);
    expect(actual.model, 'exported Bayes model').toBe(expected?.model);
  });

  it.skipIf(!HAVE)('a moderator loaded from an exported model gives the same verdicts (youtube)', () => {
    const items = readCorpus('youtube');
    const m = createModerator();
    items.forEach(({ comment, label }, i) => {
      if (i % 2 === 0) m.learn(comment, label);
    });
    const loaded = createModerator({ model: JSON.stringify(m.exportModel()) });
    const differing = items.filter(({ comment }) => JSON.stringify(loaded.check(comment)) !== JSON.stringify(m.check(comment)));
    expect(differing).toHaveLength(0);
    expect(JSON.stringify(loaded.exportModel().bayes)).toBe(JSON.stringify(m.exportModel().bayes));
  });
});
