#!/usr/bin/env node
// What spamsift costs a deployment, in two tables:
//  1. bundled: a serverless handler that imports spamsift, bundled by esbuild for Node 20 (ESM,
//     minified): its size, gzipped size, what each package contributes, and that the bundle runs
//     alone (copied to an empty directory: no node_modules) with its cold start.
//  2. installed (--install, needs the npm registry): `npm pack`, then `npm install` of that
//     tarball into an empty project: packages and bytes on disk, the largest first.
// Usage: npm run build && node bench/footprint.mjs [--install] [--json FILE]
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { formatTable } from './lib/table.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const DIST = join(ROOT, 'dist', 'index.js');
const args = process.argv.slice(2);
const jsonPath = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
if (!existsSync(DIST)) {
  process.stderr.write(`footprint: ${DIST} is missing; run "npm run build" first.\n`);
  process.exit(1);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');

/** The package a bundled input path belongs to (`node_modules/natural/lib/…` → natural), or spamsift. */
function packageOf(path) {
  const i = path.lastIndexOf('node_modules/');
  if (i < 0) return path.startsWith('dist/') || path.includes('/dist/') ? 'spamsift (dist/)' : 'the handler';
  const rest = path.slice(i + 'node_modules/'.length).split('/');
  return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
}

async function bundled() {
  const dir = mkdtempSync(join(tmpdir(), 'spamsift-footprint-'));
  try {
    const entry = join(dir, 'handler.mjs');
    // A request handler as a serverless platform calls it: one moderator per instance, check per request.
    writeFileSync(
      entry,
      `import { createModerator } from ${JSON.stringify(DIST)};
const moderator = createModerator();
export async function handler(event) {
  const comment = JSON.parse(event.body);
  return { statusCode: 200, body: JSON.stringify(moderator.check(comment)) };
}
`,
    );
    const out = join(dir, 'out', 'handler.mjs');
    const result = await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: 'node20', minify: true, metafile: true, outfile: out, logLevel: 'silent', absWorkingDir: ROOT });
    const code = readFileSync(out);
    const byPackage = new Map();
    for (const [path, info] of Object.entries(result.metafile.outputs[Object.keys(result.metafile.outputs)[0]].inputs)) {
      const name = packageOf(path);
      const slot = byPackage.get(name) ?? { bytes: 0, files: 0 };
      slot.bytes += info.bytesInOutput;
      slot.files++;
      byPackage.set(name, slot);
    }
    // Run it where there is no node_modules at all: the bundle must be self-contained.
    const alone = join(dir, 'alone');
    cpSync(join(dir, 'out'), alone, { recursive: true });
    const probe = join(alone, 'probe.mjs');
    writeFileSync(
      probe,
      `const t0 = performance.now();
const { handler } = await import('./handler.mjs');
const r = await handler({ body: JSON.stringify({ content: 'Cheap v1agra at http://pills.example.top, buy now!!!', author: { name: 'best-pills.top' } }) });
const t1 = performance.now();
process.stdout.write(JSON.stringify({ ms: t1 - t0, decision: JSON.parse(r.body).decision }));
`,
    );
    const runs = [];
    let decision = '';
    for (let i = 0; i < 5; i++) {
      const r = JSON.parse(execFileSync(process.execPath, [probe], { cwd: alone, encoding: 'utf8' }));
      runs.push(r.ms);
      decision = r.decision;
    }
    runs.sort((a, b) => a - b);
    return {
      bytes: code.length,
      gzipBytes: gzipSync(code, { level: 9 }).length,
      packages: [...byPackage.entries()].map(([name, v]) => ({ name, ...v })).sort((a, b) => b.bytes - a.bytes),
      coldStartMs: runs[Math.floor(runs.length / 2)],
      decision,
      esbuild: (await import('esbuild')).version,
      load: load(),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function du(path) {
  const s = statSync(path, { throwIfNoEntry: false });
  if (!s) return 0;
  if (!s.isDirectory()) return s.size;
  let total = 0;
  for (const e of readdirSync(path)) total += du(join(path, e));
  return total;
}

/** Installed packages: every directory with a package.json under node_modules (nested ones too). */
function listPackages(modules, out = []) {
  if (!existsSync(modules)) return out;
  for (const name of readdirSync(modules)) {
    if (name.startsWith('.')) continue;
    const dirs = name.startsWith('@') ? readdirSync(join(modules, name)).map((n) => join(name, n)) : [name];
    for (const d of dirs) {
      const path = join(modules, d);
      if (!existsSync(join(path, 'package.json'))) continue;
      out.push({ name: d, path });
      listPackages(join(path, 'node_modules'), out);
    }
  }
  return out;
}

function installed() {
  const dir = mkdtempSync(join(tmpdir(), 'spamsift-install-'));
  try {
    const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8' }))[0];
    const tarball = join(dir, packed.filename);
    const project = join(dir, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'footprint-probe', version: '1.0.0', private: true }));
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', tarball], { cwd: project, stdio: 'inherit' });
    const modules = join(project, 'node_modules');
    // The installed package works from the project, both ways it can be loaded.
    const probe = `const v = m.createModerator().check('Cheap v1agra at http://pills.example.top'); process.stdout.write(v.decision);`;
    const esm = execFileSync(process.execPath, ['--input-type=module', '-e', `import * as m from 'spamsift'; ${probe}`], { cwd: project, encoding: 'utf8' });
    const cjs = execFileSync(process.execPath, ['-e', `const m = require('spamsift'); ${probe}`], { cwd: project, encoding: 'utf8' });
    const packages = listPackages(modules).map((p) => ({ ...p, bytes: du(p.path) - du(join(p.path, 'node_modules')) }));
    const natural = JSON.parse(readFileSync(join(modules, 'natural', 'package.json'), 'utf8'));
    const direct = new Set(Object.keys(natural.dependencies ?? {}));
    // What installs only because of natural: all but spamsift and the closure of its other dependencies.
    const own = JSON.parse(readFileSync(join(modules, 'spamsift', 'package.json'), 'utf8'));
    const keep = new Set(['spamsift']);
    const queue = Object.keys(own.dependencies ?? {}).filter((d) => d !== 'natural');
    while (queue.length > 0) {
      const name = queue.pop();
      if (keep.has(name) || !existsSync(join(modules, name, 'package.json'))) continue;
      keep.add(name);
      queue.push(...Object.keys(JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8')).dependencies ?? {}));
    }
    const viaNatural = packages.filter((p) => !keep.has(p.name));
    return {
      loads: { esm, cjs },
      tarballBytes: packed.size,
      unpackedBytes: packed.unpackedSize,
      tarballFiles: packed.entryCount,
      packages: packages.length,
      bytes: du(modules),
      naturalDirectDependencies: [...direct].sort(),
      withoutNatural: { packages: packages.length - viaNatural.length, bytes: packages.filter((p) => keep.has(p.name)).reduce((a, p) => a + p.bytes, 0) },
      viaNatural: { packages: viaNatural.length, bytes: viaNatural.reduce((a, p) => a + p.bytes, 0) },
      largest: packages.sort((a, b) => b.bytes - a.bytes).slice(0, 12).map(({ name, bytes }) => ({ name, bytes })),
      npm: execFileSync('npm', ['--version'], { encoding: 'utf8' }).trim(),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const report = { bundle: await bundled() };
const b = report.bundle;
process.stdout.write(`Bundled with esbuild ${b.esbuild} (ESM, node20, minified): a serverless handler that imports spamsift\n\n`);
process.stdout.write(
  `${formatTable(
    ['what', 'size'],
    [
      ['bundle', kb(b.bytes)],
      ['bundle, gzip -9', kb(b.gzipBytes)],
      ['runs alone (no node_modules)', `yes: a pharmacy comment → ${b.decision}`],
      [`cold start: import + first check (median of 5, load ${b.load})`, `${b.coldStartMs.toFixed(0)} ms`],
    ],
  )}\n\n`,
);
process.stdout.write(`${formatTable(['package', 'bytes in the bundle', 'files'], b.packages.map((p) => [p.name, kb(p.bytes), p.files]))}\n`);
if (args.includes('--install')) {
  report.install = installed();
  const i = report.install;
  process.stdout.write(`\nnpm install of the npm pack tarball into an empty project (npm ${i.npm})\n\n`);
  process.stdout.write(
    `${formatTable(
      ['what', 'size'],
      [
        ['tarball', `${kb(i.tarballBytes)} (${i.tarballFiles} files, ${kb(i.unpackedBytes)} unpacked)`],
        ['import / require from the project', `${i.loads.esm} / ${i.loads.cjs}`],
        ['packages installed', String(i.packages)],
        ['node_modules on disk (file sizes)', mb(i.bytes)],
        ['of which natural and what it pulls in', `${i.viaNatural.packages} packages, ${mb(i.viaNatural.bytes)}`],
        ['spamsift, tldts, linkifyjs and theirs', `${i.withoutNatural.packages} packages, ${mb(i.withoutNatural.bytes)}`],
      ],
    )}\n\n`,
  );
  process.stdout.write(`${formatTable(['largest packages', 'bytes on disk', 'natural depends on it directly'], i.largest.map((p) => [p.name, mb(p.bytes), i.naturalDirectDependencies.includes(p.name) ? 'yes' : '']))}\n`);
}
if (jsonPath) writeFileSync(jsonPath, `${JSON.stringify(report, null, 2)}\n`);
