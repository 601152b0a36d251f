// The proof that replication works between real processes: three app instances (child processes
// running the built dist/redis.js) share the youtube corpus's learning through one redis-server.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createModerator, type Comment, type Label, type SpamsiftModel } from '../../src/index.js';
import { spawnInstance, type Instance } from './helpers/instances.js';
import { learnedSet, modelText } from './helpers/model.js';
import { redisAvailability, startRedis, type RedisServer } from './helpers/redis-server.js';

const root = join(import.meta.dirname, '..', '..');
const corpusPath = join(root, '..', 'shared', 'corpora', 'youtube', 'youtube.jsonl');
const redis = redisAvailability();
const hasCorpus = existsSync(corpusPath);
if (!hasCorpus) console.warn(`${corpusPath} not found: the Redis replication proof on the youtube corpus is skipped.`);
if (redis.available && !existsSync(join(root, 'dist', 'redis.js'))) throw new Error('dist/redis.js is missing: run npm run build.');

type Labeled = Comment & { id: string; label: Label };
interface Op {
  op: 'learn' | 'unlearn';
  comment: Labeled;
  label?: Label;
}

function readCorpus(): Labeled[] {
  return readFileSync(corpusPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const r = JSON.parse(line) as { id: string; author: string; content: string; label: Label; date?: string };
      return { id: r.id, content: r.content, author: { name: r.author }, ...(r.date ? { createdAt: r.date } : {}), label: r.label };
    });
}

const other = (label: Label): Label => (label === 'spam' ? 'ham' : 'spam');

/** Learns each comment; every 10th is relabelled a few events later, every 15th unlearned. */
function opsFor(comments: Labeled[]): Op[] {
  const ops: Op[] = [];
  comments.forEach((comment, i) => {
    ops.push({ op: 'learn', comment, label: comment.label });
    const back = comments[i - 3];
    if (back && (i - 3) % 10 === 0) ops.push({ op: 'learn', comment: back, label: other(back.label) });
    if (back && (i - 3) % 15 === 7) ops.push({ op: 'unlearn', comment: back });
  });
  return ops;
}

/** Comments under new ids, so a later phase learns documents the first did not. */
const renamed = (comments: Labeled[], suffix: string): Labeled[] => comments.map((c) => ({ ...c, id: `${c.id}#${suffix}` }));

describe.skipIf(!redis.available || !hasCorpus)('spamsift/redis across processes on the youtube corpus', () => {
  let server: RedisServer;
  let raw: ReturnType<typeof createClient>;
  const key = `proof-${process.pid}`;
  const options = { bayes: { minExamplesPerClass: 10 } };
  const corpus = hasCorpus ? readCorpus() : [];
  const sample = corpus.filter((_, i) => i % 10 === 0);
  let instances: Instance[] = [];

  beforeAll(async () => {
    server = await startRedis();
    raw = createClient({ url: server.url });
    raw.on('error', () => undefined);
    await raw.connect();
    instances = await Promise.all([0, 1, 2].map(() => spawnInstance()));
    await Promise.all(instances.map((i) => i.call('connect', { url: server.url, key, options })));
  });

  afterAll(async () => {
    for (const instance of instances) await instance.kill();
    raw?.destroy();
    await server?.dispose();
  });

  async function scoresOf(list: Instance[]): Promise<{ model: SpamsiftModel; scores: number[] }[]> {
    await Promise.all(list.map((i) => i.call('sync')));
    return Promise.all(list.map((i) => i.call<{ model: SpamsiftModel; scores: number[] }>('scores', { comments: sample })));
  }

  it('three instances learning a third each converge to one model, the same as one moderator fed the stream in order', async () => {
    const thirds = [0, 1, 2].map((k) => corpus.filter((_, i) => i % 3 === k));
    await Promise.all(instances.map((instance, k) => instance.call('learn', { ops: opsFor(thirds[k] as Labeled[]) })));
    const results = await scoresOf(instances);

    // The reference: a plain moderator applying the stream's events in stream order.
    const local = createModerator(options);
    const entries = await raw.xRange(`spamsift:{${key}}:events`, '-', '+');
    for (const { message } of entries) {
      const comment = JSON.parse(message['comment'] as string) as Comment;
      if (message['op'] === 'learn') local.learn(comment, message['label'] as Label);
      else local.unlearn(comment);
    }
    const reference = { model: modelText(local.exportModel()), scores: sample.map((c) => local.check(c).score) };
    expect(entries.length).toBeGreaterThan(corpus.length);
    for (const result of results) {
      expect(modelText(result.model)).toBe(reference.model);
      expect(result.scores).toEqual(reference.scores);
    }
  });

  it('an instance killed mid-stream restarts from its snapshot and agrees again; one killed between XADD and apply loses nothing', async () => {
    const [a, b, c] = instances as [Instance, Instance, Instance];
    await a.call('snapshot');
    const more = renamed(corpus.slice(0, 240), 'p2');
    const reached = a.progressed(25);
    const killedRun = a.call('learn', { ops: opsFor(more.slice(0, 120)) }).catch(() => 'killed');
    await reached;
    await a.kill();
    expect(await killedRun).toBe('killed');
    await Promise.all([b.call('learn', { ops: opsFor(more.slice(120, 180)) }), c.call('learn', { ops: opsFor(more.slice(180)) })]);

    const dying = await spawnInstance();
    await dying.call('connect', { url: server.url, key, options });
    const last = renamed(corpus.slice(400, 403), 'dies');
    void dying.call('learnThenDie', { ops: opsFor(last) }).catch(() => undefined);
    expect(await dying.exited).toBeNull(); // killed by its signal

    const restarted = await spawnInstance();
    const status = await restarted.call<{ seq: number }>('connect', { url: server.url, key, options });
    instances[0] = restarted;
    const results = await scoresOf(instances);
    const sets = results.map((r) => learnedSet(r.model));
    expect(sets[0]).toEqual(sets[1]);
    expect(sets[2]).toEqual(sets[1]);
    for (const c of last) expect(sets[0]?.some((doc) => doc.startsWith(`id:${c.id}\u0000`))).toBe(true);
    expect(results[0]?.scores).toEqual(results[1]?.scores);
    expect(results[2]?.scores).toEqual(results[1]?.scores);
    expect(status.seq).toBeGreaterThan(0);
  });

  it('Redis stopped and restarted while instances check and learn: no crash, no acknowledged learn lost', async () => {
    const fresh = renamed(corpus.slice(700, 880), 'p3');
    const started = instances[1]?.progressed(25) as Promise<void>;
    const runs = instances.map((instance, k) =>
      instance.call<{ acknowledged: { docId: string; op: string; label?: Label }[]; refused: number }>('learn', {
        ops: fresh.filter((_, i) => i % 3 === k).map((comment) => ({ op: 'learn', comment, label: comment.label })),
        retry: true,
        checkWith: sample[0],
      }),
    );
    await started;
    await server.stop();
    await new Promise((resolve) => setTimeout(resolve, 700));
    await server.start();
    const done = await Promise.all(runs);
    expect(done.reduce((n, d) => n + d.refused, 0)).toBeGreaterThan(0); // the outage was felt
    const results = await scoresOf(instances);
    const statuses = await Promise.all(instances.map((i) => i.call<{ connected: boolean; errors: string[] }>('status')));
    for (const s of statuses) expect(s.connected).toBe(true);
    const learned = new Set(learnedSet(results[0]?.model as SpamsiftModel).map((doc) => doc.split('\u0000').slice(0, 2).join('\u0000')));
    for (const d of done) for (const ack of d.acknowledged) expect(learned.has(`id:${ack.docId}\u0000${ack.label}`)).toBe(true);
    expect(done.reduce((n, d) => n + d.acknowledged.length, 0)).toBe(fresh.length);
    expect(learnedSet(results[1]?.model as SpamsiftModel)).toEqual(learnedSet(results[0]?.model as SpamsiftModel));
    expect(learnedSet(results[2]?.model as SpamsiftModel)).toEqual(learnedSet(results[0]?.model as SpamsiftModel));
  });
});
