// Importing spamsift must print nothing, read no environment variable, load no .env, open no
// file or socket: natural's top-level module does all of these, so we import only its submodules.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

// Runs in a child process: records env reads, file opens and socket connects made by the import.
const probe = (load: string) => `
const fs = require('node:fs');
const net = require('node:net');
const seen = { env: [], files: [], sockets: 0 };
const realEnv = process.env;
let importing = false;
// Node's own loader reads a few variables (WATCH_REPORT_DEPENDENCIES, NODE_V8_COVERAGE) while it
// loads any module: a read counts only when some frame of its stack is not Node-internal.
function byUserCode() {
  const frames = new Error().stack.split('\\n').slice(3).filter((l) => l.includes(' at '));
  return frames.some((l) => !l.includes('node:') && !l.includes('[eval]'));
}
function record(k) { if (importing && byUserCode()) seen.env.push(String(k)); }
process.env = new Proxy(realEnv, {
  get(t, k) { if (typeof k === 'string') record(k); return Reflect.get(t, k); },
  has(t, k) { if (typeof k === 'string') record(k); return Reflect.has(t, k); },
  ownKeys(t) { record('*'); return Reflect.ownKeys(t); },
});
for (const name of ['readFileSync', 'openSync', 'readFile', 'open', 'existsSync', 'statSync']) {
  const real = fs[name];
  fs[name] = function (p, ...rest) {
    const file = String(p);
    // Module loading itself reads our own and our dependencies' source files: only others count.
    if (importing && !file.includes('node_modules') && !file.includes('/dist/')) seen.files.push(file);
    return real.call(this, p, ...rest);
  };
}
const realConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...a) { seen.sockets++; return realConnect.apply(this, a); };
(async () => {
  importing = true;
  const mod = ${load};
  importing = false;
  const dotenvLeak = realEnv.SPAMSIFT_DOTENV_PROBE;
  const ok = typeof mod.createModerator === 'function';
  process.stderr.write(JSON.stringify({ ...seen, dotenvLeak: dotenvLeak ?? null, ok }));
})();
`;

function runProbe(load: string): { stdout: string; report: { env: string[]; files: string[]; sockets: number; dotenvLeak: string | null; ok: boolean } } {
  // A .env file in the working directory: natural's top level would load it into process.env.
  const cwd = mkdtempSync(join(tmpdir(), 'spamsift-import-'));
  writeFileSync(join(cwd, '.env'), 'SPAMSIFT_DOTENV_PROBE=loaded\n');
  const child = spawnSync(process.execPath, ['-e', probe(load)], { cwd, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '' } });
  return { stdout: child.stdout, report: JSON.parse(child.stderr) };
}

describe('importing spamsift', () => {
  it.each([
    ['ESM build', `await import(${JSON.stringify(join(root, 'dist', 'index.js'))})`],
    ['CJS build', `require(${JSON.stringify(join(root, 'dist', 'index.cjs'))})`],
  ])('%s prints nothing, reads no env, loads no .env, opens no file or socket', (_name, load) => {
    const { stdout, report } = runProbe(load);
    expect(report.ok).toBe(true);
    expect(stdout).toBe('');
    expect(report.env).toEqual([]);
    expect(report.dotenvLeak).toBeNull();
    expect(report.files).toEqual([]);
    expect(report.sockets).toBe(0);
  });

  it('the probe itself notices natural\'s top-level module (so the test can fail)', () => {
    const { stdout, report } = runProbe(`require(${JSON.stringify(join(root, 'node_modules', 'natural'))})`);
    // natural's index prints dotenv banners and loads .env: at least one of these must show.
    const noticed = stdout.length > 0 || report.env.length > 0 || report.dotenvLeak !== null || report.files.length > 0;
    expect(noticed).toBe(true);
  });

  it('the probe notices a module that reads an environment variable (so the env check can fail)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spamsift-envprobe-'));
    const file = join(dir, 'reads-env.cjs');
    writeFileSync(file, 'const k = process.env.SOME_SETTING; module.exports = { createModerator() { return k; } };\n');
    expect(runProbe(`require(${JSON.stringify(file)})`).report.env).toEqual(['SOME_SETTING']);
  });
});
