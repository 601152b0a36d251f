// Load test of `spamsift serve`: starts the built server (dist/cli.js) on a free loopback port,
// sends comment-checks from this one client process at a fixed offered rate (open loop: requests
// are sent on schedule, not when the previous one returns) over keep-alive connections, then a
// burst of malformed requests, then checks that the server still answers. Prints one table.
//   npm run build && node bench/serve-load.mjs [--rate 2000] [--duration 30] [--connections 64]
//                                              [--burst 3000] [--json out.json]
// Latency is from the moment a request is written to its last byte read. When every connection
// is busy the request waits for one and the wait counts in its latency; a request that would
// exceed --max-in-flight is not sent and counted as "not sent" (the offered rate was not met).
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatTable } from './lib/table.mjs';

const ROOT = join(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    rate: { type: 'string', default: '2000' },
    duration: { type: 'string', default: '30' },
    connections: { type: 'string', default: '64' },
    'max-in-flight': { type: 'string', default: '2000' },
    burst: { type: 'string', default: '3000' },
    json: { type: 'string' },
  },
});
const RATE = Number(args.rate);
const DURATION = Number(args.duration);
const CONNECTIONS = Number(args.connections);
const MAX_IN_FLIGHT = Number(args['max-in-flight']);
const BURST = Number(args.burst);
const KEY = 'load-test-key';

// The fixture comments (written for the project) as Akismet form bodies, plus the seed page's shape.
function requestBodies() {
  const bodies = [];
  for (const line of readFileSync(join(ROOT, 'fixtures', 'comments.jsonl'), 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const c = JSON.parse(line);
    const fields = {
      api_key: KEY,
      blog: 'https://load.example',
      user_ip: c.request?.ip || '192.0.2.1',
      user_agent: c.request?.userAgent ?? '',
      comment_author: c.author?.name ?? '',
      comment_author_email: c.author?.email ?? '',
      comment_author_url: c.author?.url ?? '',
      comment_content: c.content,
      permalink: c.target?.permalink ?? '',
      comment_type: 'comment',
    };
    bodies.push(new URLSearchParams(fields).toString());
  }
  return bodies;
}

// The server's stderr (its access log) goes to a file, read once the load is over: parsing it
// live would take CPU from the client.
async function startServer(dir) {
  writeFileSync(join(dir, 'keys.txt'), `${KEY}\n`);
  const logPath = join(dir, 'access.log');
  const logFd = openSync(logPath, 'w');
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'serve', '--port', '0', '--api-keys', join(dir, 'keys.txt'), '--data', join(dir, 'data'), '--rate-limit', '0'], {
    stdio: ['ignore', 'ignore', logFd],
  });
  closeSync(logFd);
  let exited = false;
  child.on('exit', () => (exited = true));
  for (let waited = 0; waited < 30_000; waited += 50) {
    const m = /"address":"([^"]+)"/.exec(readFileSync(logPath, 'utf8'));
    if (m) return { child, port: Number(m[1].split(':')[1]), alive: () => !exited, log: () => readFileSync(logPath, 'utf8') };
    if (exited) throw new Error(`server exited: ${readFileSync(logPath, 'utf8')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('server did not start in 30 s');
}

/** Server-side time of the comment-checks (the access log's `ms`) and any stack trace on stderr. */
function readLog(text) {
  const ms = [];
  let stack = false;
  for (const line of text.split('\n')) {
    if (line === '') continue;
    if (!line.startsWith('{')) {
      if (/^\s+at /.test(line)) stack = true;
      continue;
    }
    const e = JSON.parse(line);
    if (e.event === 'request' && e.path === '/1.1/comment-check' && (e.answer === 'true' || e.answer === 'false')) ms.push(e.ms);
  }
  return { ms: ms.sort((a, b) => a - b), stack };
}

function post(agent, port, path, body, headers = {}) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', agent, headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body), ...headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode, body: text, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    });
    req.on('error', (error) => resolve({ status: 0, body: error.code ?? error.message, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    req.end(body);
  });
}

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function steadyLoad(port) {
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const bodies = requestBodies();
  const latencies = [];
  const errors = new Map();
  let sent = 0;
  let notSent = 0;
  let inFlight = 0;
  let next = 0;
  const start = performance.now();
  const end = start + DURATION * 1000;
  await new Promise((resolve) => {
    const tick = () => {
      const now = performance.now();
      const due = Math.floor(((Math.min(now, end) - start) / 1000) * RATE) - sent - notSent;
      for (let i = 0; i < due; i++) {
        if (inFlight >= MAX_IN_FLIGHT) {
          notSent++;
          continue;
        }
        sent++;
        inFlight++;
        const body = bodies[next++ % bodies.length];
        post(agent, port, '/1.1/comment-check', body).then((r) => {
          inFlight--;
          latencies.push(r.ms);
          if (r.status !== 200 || (r.body !== 'true' && r.body !== 'false')) errors.set(`${r.status} ${r.body.slice(0, 40)}`, (errors.get(`${r.status} ${r.body.slice(0, 40)}`) ?? 0) + 1);
        });
      }
      if (now < end) setTimeout(tick, 2);
      else if (inFlight === 0) resolve();
      else {
        const wait = setInterval(() => {
          if (inFlight === 0) {
            clearInterval(wait);
            resolve();
          }
        }, 5);
      }
    };
    tick();
  });
  const seconds = (performance.now() - start) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { sent, notSent, completed: latencies.length, seconds, latencies, errors };
}

function rawSocket(port, bytes) {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
    let text = '';
    socket.on('data', (d) => (text += d.toString('latin1')));
    socket.on('close', () => resolve(text.slice(0, 12)));
    socket.on('error', () => resolve('socket error'));
    socket.setTimeout(15_000, () => socket.destroy());
  });
}

/** Malformed requests of every kind, `concurrency` at a time. */
async function malformedBurst(port) {
  const agent = new Agent({ keepAlive: true, maxSockets: 32 });
  const huge = 'x'.repeat(300 * 1024);
  const kinds = [
    () => rawSocket(port, 'GARBAGE\r\n\r\n'),
    () => rawSocket(port, `POST /1.1/comment-check HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`),
    () => rawSocket(port, 'POST /1.1/comment-check HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n'),
    () => post(agent, port, '/1.1/comment-check', `api_key=${KEY}&blog=x&user_ip=1&comment_content=${huge}`),
    () => post(agent, port, '/1.1/comment-check', '{"api_key": [[[[[[', { 'content-type': 'application/json' }),
    () => post(agent, port, '/1.1/comment-check', `{"api_key":"${KEY}","blog":{"a":1}}`, { 'content-type': 'application/json' }),
    () => post(agent, port, '/1.1/comment-check', `api_key=${KEY}&blog=%FF%00&user_ip=%ED%A0%80`),
    () => post(agent, port, '/1.1/comment-check', `api_key=nope&blog=https://x.example&user_ip=1.2.3.4`),
    () => post(agent, port, '/1.1/nothing', ''),
    () => post(agent, port, '/1.1/comment-check', Array.from({ length: 500 }, (_, i) => `f${i}=1`).join('&')),
  ];
  const statuses = new Map();
  let i = 0;
  const start = performance.now();
  async function worker() {
    while (i < BURST) {
      const r = await kinds[i++ % kinds.length]();
      const label = typeof r === 'string' ? `raw ${r.slice(9, 12) || 'closed'}` : `${r.status} ${r.body.length <= 10 ? r.body : '…'}`;
      statuses.set(label, (statuses.get(label) ?? 0) + 1);
    }
  }
  await Promise.all(Array.from({ length: 32 }, worker));
  agent.destroy();
  return { seconds: (performance.now() - start) / 1000, statuses };
}

const dir = mkdtempSync(join(tmpdir(), 'spamsift-load-'));
const server = await startServer(dir);
const loadBefore = loadavg().map((l) => l.toFixed(2)).join(' ');
// Warm the JIT and the site's moderator before measuring.
{
  const agent = new Agent({ keepAlive: true, maxSockets: 8 });
  const bodies = requestBodies();
  await Promise.all(Array.from({ length: 500 }, (_, i) => post(agent, server.port, '/1.1/comment-check', bodies[i % bodies.length])));
  agent.destroy();
}
const steady = await steadyLoad(server.port);
const loadAfter = loadavg().map((l) => l.toFixed(2)).join(' ');
const burst = await malformedBurst(server.port);
const check = await post(undefined, server.port, '/1.1/comment-check', `api_key=${KEY}&blog=https://load.example&user_ip=192.0.2.1&comment_author=viagra-test-123&comment_content=hi`);
const alive = server.alive();
server.child.kill('SIGTERM');
await new Promise((r) => (server.alive() ? server.child.on('exit', r) : r()));
const log = readLog(server.log());
const serverMs = log.ms;

const errorCount = [...steady.errors.values()].reduce((a, b) => a + b, 0);
const rows = [
  ['offered rate', `${RATE}/s for ${DURATION} s, ${CONNECTIONS} keep-alive connections`],
  ['achieved rate', `${(steady.completed / steady.seconds).toFixed(0)}/s (${steady.completed} answered in ${steady.seconds.toFixed(1)} s)`],
  ['not sent (in-flight cap)', String(steady.notSent)],
  ['latency p50', `${percentile(steady.latencies, 50).toFixed(2)} ms`],
  ['latency p99', `${percentile(steady.latencies, 99).toFixed(2)} ms`],
  ['latency max', `${steady.latencies.at(-1)?.toFixed(2)} ms`],
  ['server time p50 / p99', `${percentile(serverMs, 50).toFixed(2)} / ${percentile(serverMs, 99).toFixed(2)} ms (access log: body read to answer, ${serverMs.length} checks incl. warm-up)`],
  ['errors', errorCount === 0 ? '0' : [...steady.errors].map(([k, v]) => `${v}× ${k}`).join('; ')],
  ['malformed burst', `${BURST} requests in ${burst.seconds.toFixed(1)} s: ${[...burst.statuses].sort().map(([k, v]) => `${k}: ${v}`).join(', ')}`],
  ['after the burst', `${alive ? 'server alive' : 'SERVER DIED'}, comment-check answered ${check.status} "${check.body}"; stack traces on stderr: ${log.stack ? 'YES' : 'none'}`],
  ['load average (1 5 15 min)', `before ${loadBefore}, after the steady load ${loadAfter}; ${cpus().length} cores`],
  ['node', process.version],
];
console.log(formatTable(['serve load test', 'result'], rows));
if (args.json) writeFileSync(args.json, JSON.stringify({ rate: RATE, duration: DURATION, rows }, null, 2));
process.exitCode = alive && check.body === 'true' && errorCount === 0 ? 0 : 1;
