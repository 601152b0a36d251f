// spamsift/redis against a real redis-server: replication, snapshots, and each failure mode.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SpamsiftError, createModerator } from '../../src/index.js';
import { connectModerator, type ConnectOptions, type SharedModerator } from '../../src/redis/index.js';
import { fixtureComments, learnedSet, modelText, type LabeledComment } from './helpers/model.js';
import { freePort, redisAvailability, startRedis, type RedisServer } from './helpers/redis-server.js';

const redis = redisAvailability();
const options = { bayes: { minExamplesPerClass: 1 } };
const comments = fixtureComments();

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    return error instanceof SpamsiftError ? error.code : `not coded: ${String(error)}`;
  }
  return undefined;
}

describe.skipIf(!redis.available)('spamsift/redis', () => {
  let server: RedisServer;
  let raw: ReturnType<typeof createClient>;
  let site = 0;
  const open: SharedModerator[] = [];
  const temp = mkdtempSync(join(tmpdir(), 'spamsift-redis-test-'));

  beforeAll(async () => {
    server = await startRedis();
    raw = createClient({ url: server.url });
    raw.on('error', () => undefined);
    await raw.connect();
  });

  afterAll(async () => {
    for (const shared of open) await shared.close();
    raw.destroy();
    await server.dispose();
    rmSync(temp, { recursive: true, force: true });
  });

  /** A fresh site key per test, so tests never see each other's events. */
  const newSite = () => `test-${process.pid}-${++site}`;

  async function connect(key: string, extra: Partial<ConnectOptions> = {}): Promise<SharedModerator> {
    const shared = await connectModerator({ url: server.url, key, options, ...extra });
    open.push(shared);
    return shared;
  }

  async function learnAll(shared: SharedModerator, list: LabeledComment[]): Promise<void> {
    for (const c of list) await shared.learn(c, c.label);
  }

  it('applies every event on every instance, its own included, only through the stream', async () => {
    const key = newSite();
    const a = await connect(key);
    const b = await connect(key);
    const id = await a.learn(comments[0] as LabeledComment, 'spam');
    expect(id).toMatch(/^\d+-\d+$/);
    await learnAll(b, comments.slice(1, 20));
    await a.unlearn(comments[3] as LabeledComment);
    await b.learn(comments[0] as LabeledComment, 'ham'); // a relabel
    await Promise.all([a.sync(), b.sync()]);
    expect(modelText(a.exportModel())).toBe(modelText(b.exportModel()));
    expect(a.status()).toMatchObject({ connected: true, seq: 22 });

    // One plain moderator fed the same events in stream order ends in the same model.
    const local = createModerator(options);
    local.learn(comments[0] as LabeledComment, 'spam');
    for (const c of comments.slice(1, 20)) local.learn(c, c.label);
    local.unlearn(comments[3] as LabeledComment);
    local.learn(comments[0] as LabeledComment, 'ham');
    expect(modelText(a.exportModel())).toBe(modelText(local.exportModel()));
    for (const c of comments) expect(a.check(c).score).toBe(local.check(c).score);
  });

  it('refuses bad arguments with coded errors before writing anything', async () => {
    const key = newSite();
    await expect(connectModerator({ url: server.url, key: 'a{b}' })).rejects.toMatchObject({ code: 'E_INVALID_OPTION', path: 'key' });
    await expect(connectModerator({ url: 'http://x', key })).rejects.toMatchObject({ code: 'E_INVALID_OPTION', path: 'url' });
    await expect(connectModerator({ url: server.url, key, options: { model: {} } })).rejects.toMatchObject({ code: 'E_INVALID_OPTION', path: 'options.options.model' });
    await expect(connectModerator({ url: server.url, key, options: { thresholds: { spam: 2 } } })).rejects.toMatchObject({ code: 'E_INVALID_OPTION' });
    const a = await connect(key);
    expect(await codeOf(a.learn({ content: 'x' }, 'maybe' as never))).toBe('E_INVALID_LABEL');
    expect(await codeOf(a.learn(42 as never, 'spam'))).toBe('E_INVALID_COMMENT');
    expect(await raw.exists(`spamsift:{${key}}:events`)).toBe(0);
  });

  it('skips repeated and malformed events the same way on every instance', async () => {
    const key = newSite();
    const a = await connect(key);
    const errors: string[] = [];
    const b = await connect(key, { onError: (e) => errors.push(e.code) });
    const stream = `spamsift:{${key}}:events`;
    await learnAll(a, comments.slice(0, 6));
    const first = (await raw.xRange(stream, '-', '+'))[0];
    // A verbatim copy (same event number) and a retried write (same event id, new number).
    await raw.xAdd(stream, '*', first?.message as Record<string, string>);
    const seq = await raw.incr(`spamsift:{${key}}:seq`);
    await raw.xAdd(stream, '*', { ...(first?.message as Record<string, string>), seq: String(seq) });
    await raw.xAdd(stream, '*', { hello: 'world' });
    await a.learn(comments[0] as LabeledComment, 'ham'); // relabel after the copies
    await Promise.all([a.sync(), b.sync()]);
    expect(errors).toEqual(['E_EVENT_MALFORMED']);
    const local = createModerator(options);
    for (const c of comments.slice(0, 6)) local.learn(c, c.label);
    local.learn(comments[0] as LabeledComment, 'ham');
    expect(modelText(b.exportModel())).toBe(modelText(local.exportModel()));
    expect(modelText(a.exportModel())).toBe(modelText(local.exportModel()));
  });

  it('restarts from the latest snapshot, trims the stream behind the oldest kept one, and falls back past a corrupt one', async () => {
    const key = newSite();
    const a = await connect(key, { keepSnapshots: 2 });
    const stream = `spamsift:{${key}}:events`;
    await learnAll(a, comments.slice(0, 10));
    await a.sync();
    const s1 = await a.snapshot();
    await learnAll(a, comments.slice(10, 20));
    await a.sync();
    const s2 = await a.snapshot();
    // The stream keeps entries from the oldest kept snapshot's position on.
    expect([s1.trimmed, s2.trimmed]).toEqual([9, 0]);
    expect(await raw.xLen(stream)).toBe(11);
    await learnAll(a, comments.slice(20, 30));
    await a.sync();
    const s3 = await a.snapshot();
    expect(s3.trimmed).toBe(10);
    await learnAll(a, comments.slice(30));
    await a.sync();

    const b = await connect(key);
    expect(learnedSet(b.exportModel())).toEqual(learnedSet(a.exportModel()));
    expect(s1.seq).toBe(10);

    // Corrupt the newest snapshot: a new instance refuses it and replays from the previous one.
    await raw.hSet(`spamsift:{${key}}:snapshots`, s3.position, 'garbage\n{}');
    const errors: SpamsiftError[] = [];
    const c = await connect(key, { onError: (e) => errors.push(e) });
    expect(errors.map((e) => e.code)).toEqual(['E_SNAPSHOT_CORRUPT']);
    expect(learnedSet(c.exportModel())).toEqual(learnedSet(a.exportModel()));
    a.exportModel();
    c.exportModel();
    for (const comment of comments) expect(c.check(comment).score).toBe(a.check(comment).score);
  });

  it('never mixes two sites on one Redis, and refuses another site\'s snapshot', async () => {
    const keyA = newSite();
    const keyB = newSite();
    const a = await connect(keyA);
    const b = await connect(keyB);
    await learnAll(a, comments.slice(0, 8));
    await learnAll(b, comments.slice(8, 16));
    await Promise.all([a.sync(), b.sync()]);
    const onlyA = createModerator(options);
    for (const c of comments.slice(0, 8)) onlyA.learn(c, c.label);
    expect(modelText(a.exportModel())).toBe(modelText(onlyA.exportModel()));
    expect(b.exportModel().bayes).not.toEqual(a.exportModel().bayes);

    const snapB = await b.snapshot();
    const text = await raw.hGet(`spamsift:{${keyB}}:snapshots`, snapB.position);
    await raw.zAdd(`spamsift:{${keyA}}:snapshot-index`, { score: 1000, value: snapB.position });
    await raw.hSet(`spamsift:{${keyA}}:snapshots`, snapB.position, text as string);
    const errors: string[] = [];
    const a2 = await connect(keyA, { onError: (e) => errors.push(e.message) });
    expect(errors.join('\n')).toMatch(/belongs to site/);
    expect(learnedSet(a2.exportModel())).toEqual(learnedSet(a.exportModel()));
  });

  it('Redis down at start: a coded error, or a start from the snapshot file that catches up once Redis answers', async () => {
    const port = await freePort();
    const url = `redis://127.0.0.1:${port}`;
    const key = newSite();
    await expect(connectModerator({ url, key, connectTimeoutMs: 300 })).rejects.toMatchObject({ code: 'E_REDIS_UNAVAILABLE' });

    // Make a snapshot file on the running server, under the same key.
    const file = join(temp, `${key}.snapshot`);
    const a = await connect(key, { snapshotFile: file });
    await learnAll(a, comments.slice(0, 12));
    await a.sync();
    await a.snapshot();
    await learnAll(a, comments.slice(12, 16));
    await a.sync();

    const errors: string[] = [];
    const offline = await connectModerator({ url, key, options, snapshotFile: file, connectTimeoutMs: 300, onError: (e) => errors.push(e.code) });
    open.push(offline);
    expect(offline.status()).toMatchObject({ connected: false, seq: 12 });
    expect(errors).toEqual(['E_REDIS_UNAVAILABLE']);
    expect(offline.check(comments[0] as LabeledComment).decision).toBeTruthy();
    expect(await codeOf(offline.learn(comments[20] as LabeledComment, 'ham'))).toBe('E_REDIS_UNAVAILABLE');
    await offline.close();

    // The same file, with Redis up: it starts from the file's position and replays the rest.
    const fromFile = await connect(key, { snapshotFile: file });
    expect(learnedSet(fromFile.exportModel())).toEqual(learnedSet(a.exportModel()));

    // Started from the file while this site's Redis is down, it catches up once Redis answers.
    await server.stop();
    const late = await connect(key, { snapshotFile: file, connectTimeoutMs: 300 });
    expect(late.status()).toMatchObject({ connected: false, seq: 12 });
    await server.start();
    for (let i = 0; (await codeOf(late.sync())) !== undefined; i++) {
      expect(i).toBeLessThan(50);
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(late.status()).toMatchObject({ connected: true, seq: 16 });
    expect(learnedSet(late.exportModel())).toEqual(learnedSet(a.exportModel()));

    // A corrupt file with Redis down is refused with its own code.
    const bad = join(temp, 'bad.snapshot');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(bad, '{"format":"spamsift-redis-snapshot"}\n{}');
    await expect(connectModerator({ url, key, snapshotFile: bad, connectTimeoutMs: 300 })).rejects.toMatchObject({ code: 'E_SNAPSHOT_CORRUPT' });
  });

  it('Redis lost while running: checks go on, learns are refused whole, and the instance catches up when Redis returns', async () => {
    const key = newSite();
    const errors: string[] = [];
    const a = await connect(key, { onError: (e) => errors.push(e.code) });
    const b = await connect(key);
    await learnAll(a, comments.slice(0, 10));
    await Promise.all([a.sync(), b.sync()]);
    const before = modelText(a.exportModel());

    await server.stop();
    expect(a.check(comments[11] as LabeledComment).decision).toBeTruthy();
    expect(await codeOf(a.learn(comments[11] as LabeledComment, 'spam'))).toBe('E_REDIS_UNAVAILABLE');
    expect(await codeOf(a.sync())).toBe('E_REDIS_UNAVAILABLE');
    expect(modelText(a.exportModel())).toBe(before);
    expect(a.status().connected).toBe(false);

    await server.start();
    // learn() until the client has reconnected (it refuses, never queues, while offline).
    for (let i = 0; ; i++) {
      const code = await codeOf(b.learn(comments[12] as LabeledComment, 'spam'));
      if (code === undefined) break;
      expect(code).toBe('E_REDIS_UNAVAILABLE');
      expect(i).toBeLessThan(50);
      await new Promise((r) => setTimeout(r, 100));
    }
    await Promise.all([a.sync(), b.sync()]);
    expect(errors).toContain('E_REDIS_UNAVAILABLE');
    expect(a.status().connected).toBe(true);
    expect(modelText(a.exportModel())).toBe(modelText(b.exportModel()));
    expect(learnedSet(a.exportModel()).length).toBe(11);
  });

  it('Redis hung (no replies): learns are refused after commandTimeoutMs, retried copies are applied once, and instances agree after', async () => {
    const key = newSite();
    const a = await connect(key, { commandTimeoutMs: 300 });
    const b = await connect(key);
    await learnAll(a, comments.slice(0, 5));
    await Promise.all([a.sync(), b.sync()]);
    server.pause();
    try {
      expect(await codeOf(a.learn(comments[6] as LabeledComment, 'ham'))).toBe('E_REDIS_UNAVAILABLE');
      expect(a.check(comments[6] as LabeledComment).decision).toBeTruthy();
    } finally {
      server.resume();
    }
    await a.learn(comments[7] as LabeledComment, 'spam');
    await Promise.all([a.sync(), b.sync()]);
    // The refused learn's writes reached Redis once it woke: one event id, applied once.
    const entries = await raw.xRange(`spamsift:{${key}}:events`, '-', '+');
    const eids = entries.map((e) => e.message['eid']);
    expect(eids.length).toBe(9); // 5, the refused learn's 3 tries, 1
    expect(new Set(eids).size).toBe(7);
    expect(modelText(a.exportModel())).toBe(modelText(b.exportModel()));
    expect(learnedSet(a.exportModel()).length).toBe(7);
  });

  it('close() stops replication; learning after it is refused, checks still work', async () => {
    const a = await connect(newSite());
    await a.close();
    expect(await codeOf(a.learn({ content: 'x' }, 'spam'))).toBe('E_REDIS_CLOSED');
    expect(await codeOf(a.sync())).toBe('E_REDIS_CLOSED');
    expect(a.check({ content: 'hello' }).decision).toBeTruthy();
  });
});
