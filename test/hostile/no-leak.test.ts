// spamsift never fetches a URL it finds, resolves a name, reads a file or starts a process: the
// whole API runs on URL- and hostname-laden comments with every such door patched to record.
// (In-process on purpose: the import-time probe in test/package covers module loading.)
import { lookup } from 'node:dns';
import { readFileSync } from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { createModerator, type Comment } from '../../src/index.js';
import { createRandom } from './helpers/random.js';
import { hostname, url } from './helpers/text.js';

type Target = Record<string, unknown>;

// The mutable CommonJS objects behind the (frozen) ESM namespaces: patch these, then sync.
const require = createRequire(import.meta.url);
const fs = require('node:fs') as typeof import('node:fs');
const dns = require('node:dns') as typeof import('node:dns');
const net = require('node:net') as typeof import('node:net');
const tls = require('node:tls') as Target;
const http = require('node:http') as Target;
const https = require('node:https') as Target;
const dgram = require('node:dgram') as Target;
const childProcess = require('node:child_process') as Target;

const DOORS: [string, Target, string[]][] = [
  ['fs', fs as unknown as Target, ['readFileSync', 'readFile', 'openSync', 'open', 'existsSync', 'statSync', 'lstatSync', 'readdirSync', 'createReadStream', 'accessSync', 'watch']],
  ['fs.promises', fs.promises as unknown as Target, ['readFile', 'open', 'stat', 'readdir', 'access']],
  ['dns', dns as unknown as Target, ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveTxt', 'reverse']],
  ['dns.promises', dns.promises as unknown as Target, ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveTxt', 'reverse']],
  ['net', net as unknown as Target, ['connect', 'createConnection']],
  ['net.Socket.prototype', net.Socket.prototype as unknown as Target, ['connect']],
  ['tls', tls as unknown as Target, ['connect']],
  ['http', http as unknown as Target, ['request', 'get']],
  ['https', https as unknown as Target, ['request', 'get']],
  ['dgram', dgram as unknown as Target, ['createSocket']],
  ['child_process', childProcess as unknown as Target, ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']],
  ['globalThis', globalThis as unknown as Target, ['fetch', 'XMLHttpRequest', 'WebSocket']],
];

const calls: string[] = [];
const restores: (() => void)[] = [];

function patchAll(): void {
  for (const [name, target, keys] of DOORS) {
    for (const key of keys) {
      const real = target[key];
      if (typeof real !== 'function') continue;
      // Network doors refuse outright; file doors record and pass through (the runner may need them).
      const block = !name.startsWith('fs');
      const probe = function (this: unknown, ...args: unknown[]): unknown {
        calls.push(`${name}.${key}(${args.slice(0, 1).map((a) => String(a).slice(0, 80)).join('')})`);
        if (block) throw new Error(`no-leak probe: ${name}.${key} called`);
        return (real as (...a: unknown[]) => unknown).apply(this, args);
      };
      target[key] = probe;
      restores.push(() => void (target[key] = real));
    }
  }
  // ESM named imports of node builtins (`import { readFileSync } from 'node:fs'`) see the patch only after this.
  syncBuiltinESMExports();
}

function restoreAll(): void {
  while (restores.length) restores.pop()?.();
  syncBuiltinESMExports();
}

afterEach(restoreAll);

function linkyComments(): Comment[] {
  const r = createRandom(60620);
  const out: Comment[] = [];
  for (let i = 0; i < 300; i++) {
    const links = Array.from({ length: r.int(1, 30) }, () => (r.chance(0.5) ? url(r) : hostname(r)));
    out.push({
      id: `leak-${i}`,
      content: `${links.join(' ')} <a href="${url(r)}">x</a> [url=${url(r)}]y[/url] [z](${url(r)}) file:///etc/passwd /etc/hosts ./.env ~/.ssh/id_rsa \\\\server\\share`,
      contentFormat: r.pick(['text', 'html', 'markdown'] as const),
      author: { name: hostname(r), email: `x@${hostname(r)}`, url: url(r) },
      request: { ip: '203.0.113.9', referrer: url(r), userAgent: 'curl/8.0' },
      target: { permalink: 'https://blog.example.org/post', postTitle: 'post' },
    });
  }
  return out;
}

describe('nothing leaks out', () => {
  it('the probes see named ESM imports of the patched doors (so the test below can fail)', () => {
    patchAll();
    readFileSync(new URL(import.meta.url));
    expect(() => lookup('example.com', () => {})).toThrow(/no-leak probe/);
    restoreAll();
    expect(calls.splice(0)).toEqual(expect.arrayContaining([expect.stringMatching(/^fs\.readFileSync/), expect.stringMatching(/^dns\.lookup\(example\.com/)]));
  });

  it('check, learn, unlearn, analyze, export and import on URL-laden comments: zero calls', () => {
    const comments = linkyComments();
    calls.length = 0;
    patchAll();
    const m = createModerator({ bayes: { minExamplesPerClass: 1 }, block: { domains: ['pills.example'] }, disallowedKeys: 'casino\nhttp://x.example' });
    comments.forEach((c, i) => m.learn(c, i % 2 ? 'spam' : 'ham'));
    const verdicts = comments.map((c) => m.check(c));
    for (const c of comments.slice(0, 20)) m.analyze(c);
    m.unlearn(comments[0] as Comment);
    const json = JSON.stringify(m.exportModel());
    const copy = createModerator({ model: json });
    copy.check(comments[1] as Comment);
    restoreAll();
    // The one file a moderator reads is spamsift's own starter table, once per createModerator
    // (on by default since issue 10's session 6; never anything a comment names).
    expect(calls.filter((c) => !/^fs\.readFileSync\(file:\/\/\/.*\/starter-model\.json\)$/.test(c))).toEqual([]);
    expect(calls.length).toBeLessThanOrEqual(2);
    expect(verdicts.length).toBe(comments.length);
  });
});
