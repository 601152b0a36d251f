// The README's generated parts and its example output must be what the code really does.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

function codeBlockAfter(heading: string, lang: string): string {
  const at = readme.indexOf(heading);
  expect(at, `README has no "${heading}"`).toBeGreaterThanOrEqual(0);
  const open = readme.indexOf('```' + lang + '\n', at);
  const close = readme.indexOf('\n```', open + 4);
  return readme.slice(open + lang.length + 4, close + 1);
}

describe('README', () => {
  it('starts with the demo command and the test command', () => {
    const first = codeBlockAfter('# spamsift', 'sh');
    expect(first).toMatch(/^npm ci && npm run demo\b/m);
    expect(first).toMatch(/^npm test\b/m);
  });

  it('has the rules table the catalog generates', () => {
    const table = execFileSync(process.execPath, [join(root, 'scripts', 'rules-table.mjs')], { encoding: 'utf8' });
    const start = readme.indexOf('<!-- rules:start');
    const body = readme.slice(readme.indexOf('\n', start) + 1, readme.indexOf('<!-- rules:end -->'));
    expect(body).toBe(table);
  });

  it('shows the quick start output the quick start code prints', () => {
    const code = codeBlockAfter('## Quick start', 'js').replace("from 'spamsift'", `from ${JSON.stringify(join(root, 'dist', 'index.js'))}`);
    const file = join(mkdtempSync(join(tmpdir(), 'spamsift-readme-')), 'quick.mjs');
    writeFileSync(file, code);
    const printed = JSON.parse(execFileSync(process.execPath, [file], { encoding: 'utf8' }));
    const shown = JSON.parse(codeBlockAfter('prints (real output', 'json'));
    expect(printed).toEqual(shown);
  });
});
