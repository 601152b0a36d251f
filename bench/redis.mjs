// spamsift/redis benchmark: learn events per second through Redis, replication lag between two
// instances (separate processes) at a steady learn rate, Redis memory after many learned
// comments, and check() speed of a shared moderator against a plain one.
//
//   npm run build && node bench/redis.mjs [--events 100000] [--rate 1000] [--seconds 10]
//
// Starts its own redis-server (/usr/bin/redis-server or $SPAMSIFT_REDIS_SERVER) on a free
// loopback port with a temporary directory, append-only file fsynced on every write (the setting
// under which an acknowledged learn survives a Redis restart), and stops it at the end.
import { spawn, fork } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient } from 'redis';
import { createModerator } from '../dist/index.js';
import { connectModerator } from '../dist/redis.js';
import { formatTable } from './lib/table.mjs';
import { median, timePass } from './lib/speed-timing.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const REDIS_SERVER = process.env.SPAMSIFT_REDIS_SERVER ?? '/usr/bin/redis-server';
const options = { bayes: { minExamplesPerClass: 10 } };

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

/** Stream id → the Redis clock (ms) when the entry was added; same machine, same clock. */
const idTime = (id) => Number(id.slice(0, id.indexOf('-')));
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------- main
function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

async function startRedis() {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'spamsift-bench-redis-'));
  const child = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'yes', '--appendfsync', 'always'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((ok, fail) => {
    let out = '';
    child.stdout.on('data', (d) => (out += d) && out.includes('Ready to accept connections') && ok());
    child.once('exit', (code) => fail(new Error(`redis-server exited ${code}`)));
  });
  const stop = async () => {
    if (child.exitCode === null) await new Promise((ok) => child.once('exit', ok) && child.kill('SIGTERM'));
    rmSync(dir, { recursive: true, force: true });
  };
  return { url: `redis://127.0.0.1:${port}`, stop };
}

function readComments() {
  const path = resolve(here, '..', '..', 'shared', 'corpora', 'youtube', 'youtube.jsonl');
  if (existsSync(path)) {
    return readFileSync(path, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l))
      .map((r) => ({ comment: { id: r.id, content: r.content, author: { name: r.author } }, label: r.label }));
  }
  console.log(`(${path} not found: using fixtures/comments.jsonl)`);
  return readFileSync(resolve(here, '..', 'fixtures', 'comments.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l))
    .map(({ label, ...comment }) => ({ comment, label }));
}

/** The n-th learn of a run: corpus comments reused round-robin under distinct ids. */
const nth = (pool, n, tag) => {
  const { comment, label } = pool[n % pool.length];
  return { comment: { ...comment, id: `${tag}-${n}` }, label };
};

/** Learns `count` comments with at most `inFlight` unacknowledged; returns wall seconds. */
async function learnMany(shared, pool, count, inFlight, tag) {
  const t0 = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const { comment, label } = nth(pool, next++, tag);
      await shared.learn(comment, label);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return (performance.now() - t0) / 1000;
}

async function usedMemory(client) {
  const info = await client.info('memory');
  return Number(/used_memory:(\d+)/.exec(info)[1]);
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');

async function main() {
  if (!existsSync(REDIS_SERVER)) {
    console.log(`${REDIS_SERVER} not found: nothing to measure (apt-get install redis-server).`);
    return;
  }
  const events = arg('events', 100_000);
  const rate = arg('rate', 1000);
  const seconds = arg('seconds', 10);
  const pool = readComments();
  const server = await startRedis();
  const raw = createClient({ url: server.url });
  await raw.connect();
  const rows = [];
  try {
    // 1. Learn throughput: acknowledged events per second, and how fast one instance applies them.
    const a = await connectModerator({ url: server.url, key: 'bench-throughput', options });
    const sequential = 2000;
    const tSeq = await learnMany(a, pool, sequential, 1, 'seq');
    const concurrent = 20_000;
    const tPar = await learnMany(a, pool, concurrent, 64, 'par');
    await a.sync();
    rows.push(['learn() acknowledged, one at a time', `${Math.round(sequential / tSeq)} events/s`, load()]);
    rows.push(['learn() acknowledged, 64 in flight', `${Math.round(concurrent / tPar)} events/s`, load()]);
    // A new instance replays the whole stream on start: how fast one instance applies events.
    const tReplay = performance.now();
    const late = await connectModerator({ url: server.url, key: 'bench-throughput', options });
    const replayed = late.status().seq;
    rows.push([`events applied by one instance (replay of ${replayed.toLocaleString('en')} on start)`, `${Math.round(replayed / ((performance.now() - tReplay) / 1000))} events/s`, load()]);
    await late.close();

    // 4. check() on the shared moderator against a plain one holding the same model.
    const plain = createModerator({ ...options, model: a.exportModel() });
    const sample = pool.slice(0, 400).map((x) => x.comment);
    const tPlain = [];
    const tShared = [];
    for (let r = 0; r < 3; r++) {
      tPlain.push(timePass(sample, (c) => plain.check(c).score > 2, { rounds: 3 }));
      tShared.push(timePass(sample, (c) => a.check(c).score > 2, { rounds: 3 }));
    }
    rows.push(['check(), plain moderator (CPU µs/comment, median)', (median(tPlain) / sample.length * 1e6).toFixed(0), load()]);
    rows.push(['check(), shared moderator, same model', (median(tShared) / sample.length * 1e6).toFixed(0), load()]);
    await a.close();

    // 2. Replication lag at a steady rate: writer here, follower in its own process.
    const key = 'bench-lag';
    const writer = await connectModerator({ url: server.url, key, options });
    const follower = fork(fileURLToPath(import.meta.url), ['--follower', server.url, key], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    await new Promise((ok) => follower.once('message', ok));
    follower.send('record');
    const t0 = performance.now();
    let issued = 0;
    const pending = new Set();
    while (performance.now() - t0 < seconds * 1000) {
      const due = Math.floor(((performance.now() - t0) / 1000) * rate);
      for (; issued < due; issued++) {
        const { comment, label } = nth(pool, issued, 'lag');
        const p = writer.learn(comment, label).finally(() => pending.delete(p));
        pending.add(p);
      }
      await sleep(5);
    }
    await Promise.all(pending);
    const { lags } = await new Promise((ok) => {
      follower.once('message', ok);
      follower.send('stop');
    });
    const achieved = issued / seconds;
    rows.push([`replication lag at ${rate} learns/s for ${seconds} s (${Math.round(achieved)}/s issued), p50`, `${percentile(lags, 50)} ms`, load()]);
    rows.push(['replication lag, p99', `${percentile(lags, 99)} ms`, load()]);
    rows.push(['replication lag, max', `${Math.max(...lags)} ms`, load()]);
    await writer.close();

    // 3. Redis memory: `events` learned comments in the stream, then after one snapshot trims it.
    await raw.flushAll();
    const base = await usedMemory(raw);
    const m = await connectModerator({ url: server.url, key: 'bench-memory', options });
    await learnMany(m, pool, events, 64, 'mem');
    const withStream = (await usedMemory(raw)) - base;
    await m.sync();
    const snap = await m.snapshot();
    const afterSnapshot = (await usedMemory(raw)) - base;
    rows.push([`Redis memory, ${events.toLocaleString('en')} learn events in the stream`, mb(withStream), load()]);
    rows.push([`Redis memory after snapshot() (model ${mb(snap.size)}, ${snap.trimmed.toLocaleString('en')} events trimmed)`, mb(afterSnapshot), load()]);
    rows.push(['Redis keys for the site', String((await raw.keys('spamsift:{bench-memory}:*')).length), load()]);
    await m.close();
  } finally {
    raw.destroy();
    await server.stop();
  }
  console.log(formatTable(['measure', 'value', 'load average (1, 5, 15 min)'], rows));
}

// ---------------------------------------------------------------- follower process
async function follow() {
  const [url, key] = process.argv.slice(process.argv.indexOf('--follower') + 1);
  const lags = [];
  let recording = false;
  const shared = await connectModerator({ url, key, options, onApply: (e) => recording && lags.push(Date.now() - idTime(e.id)) });
  process.on('message', async (m) => {
    if (m === 'record') recording = true;
    if (m === 'stop') {
      await shared.sync();
      recording = false;
      process.send({ lags });
      await shared.close();
      process.exit(0);
    }
  });
  process.send('ready');
}


if (process.argv.includes('--follower')) await follow();
else await main();
