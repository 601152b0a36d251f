// Linear time, statically: every regex in src/ (literals, RegExp constructors with resolvable
// sources, strings given to match/search) is proven by redos-detector, or accepted in
// scripts/regex-lint.mjs ALLOW with a written reason; regexes built at run time are captured while
// the API runs and checked the same way. Speed on adversarial text is in bench/adversarial.mjs.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ALLOW, collectRegexes, judgePattern, lintRegexes } from '../../scripts/regex-lint.mjs';
import { createRandom } from './helpers/random.js';
import { body } from './helpers/text.js';

describe('the lint itself', () => {
  it.each([
    { source: '^(a+)+$', flags: '', safe: false },
    { source: '(a|a)*b', flags: '', safe: false },
    { source: '\\s+$', flags: '', safe: false },
    { source: 'a+b', flags: '', safe: false },
    { source: '(\\w+\\.)+com', flags: 'i', safe: false },
    { source: '[a-z0-9_]+(?:\'[a-z0-9_]+)*', flags: 'g', safe: true },
    { source: '^[a-c]*d[a-c]*$', flags: '', safe: true },
    { source: 'https?:\\/\\/', flags: 'gi', safe: true },
  ])('/$source/$flags is judged safe: $safe', ({ source, flags, safe }) => {
    expect(judgePattern(source, flags).safe).toBe(safe);
  });

  it('finds literals, constructors (String.raw, templates, imported consts), strings given to match, and dynamic sources', () => {
    const root = mkdtempSync(join(tmpdir(), 'regex-lint-'));
    mkdirSync(join(root, 'src', 'sub'), { recursive: true });
    writeFileSync(join(root, 'src', 'sub', 'parts.ts'), "export const LABEL = '[a-z]{1,63}';\nexport const DOT = /\\./;\n");
    writeFileSync(
      join(root, 'src', 'main.ts'),
      [
        "import { DOT, LABEL } from './sub/parts.js';",
        'const A = /x+y/g;',
        "const B = new RegExp(String.raw`\\d+${LABEL}(?:${DOT.source}${LABEL})`, 'u');",
        "const C = RegExp('a' + 'b*', 'i');",
        "const D = new RegExp(['one', 'two'].join('|'));",
        "export function f(s: string, user: string) { return [s.match('q+r'), new RegExp(user), A, B, C, D]; }",
      ].join('\n'),
    );
    const found = collectRegexes(root).map((r) => ({ file: r.file.replace(/\\/g, '/'), kind: r.kind, source: r.source, flags: r.flags }));
    expect(found).toEqual(
      expect.arrayContaining([
        { file: 'src/main.ts', kind: 'literal', source: 'x+y', flags: 'g' },
        { file: 'src/main.ts', kind: 'constructor', source: '\\d+[a-z]{1,63}(?:\\.[a-z]{1,63})', flags: 'u' },
        { file: 'src/main.ts', kind: 'constructor', source: 'ab*', flags: 'i' },
        { file: 'src/main.ts', kind: 'constructor', source: 'one|two', flags: '' },
        { file: 'src/main.ts', kind: 'string-as-regex', source: 'q+r', flags: '' },
        { file: 'src/main.ts', kind: 'dynamic', source: undefined, flags: '' },
        { file: 'src/sub/parts.ts', kind: 'literal', source: '\\.', flags: '' },
      ]),
    );
  });
});

describe('every regex in src/', () => {
  const results = lintRegexes();

  it('finds the regexes (a lint that sees nothing proves nothing)', () => {
    expect(results.length).toBeGreaterThan(20);
  });

  it('is proven linear by redos-detector or allowed with a written reason', () => {
    const bad = results
      .filter((r) => !r.safe && !r.allowed)
      .map((r) => `${r.file}:${r.line} ${r.kind} ${r.source === undefined ? r.expression : `/${r.source}/${r.flags}`} → ${r.error ?? r.score}`);
    expect(bad).toEqual([]);
  });

  it('has no stale or unexplained allow entries', () => {
    for (const entry of ALLOW) {
      expect(entry.why.length, `${entry.file}: the reason must say why it is linear`).toBeGreaterThan(60);
      expect(results.some((r) => r.file === entry.file && r.source === entry.source), `${entry.file} /${entry.source}/ is no longer in src/`).toBe(true);
    }
  });
});

describe('regexes built at run time', () => {
  it('every RegExp constructed while modules load and the API runs (lists, keys, hostile text) is proven or allowed', async () => {
    const RealRegExp = globalThis.RegExp;
    const seen = new Map<string, { source: string; flags: string }>();
    globalThis.RegExp = new Proxy(RealRegExp, {
      construct(target, args: [string | RegExp, string?]) {
        const re = Reflect.construct(target, args) as RegExp;
        seen.set(`${re.flags}/${re.source}`, { source: re.source, flags: re.flags });
        return re;
      },
      apply(target, _this, args: [string | RegExp, string?]) {
        const re = Reflect.construct(target, args) as RegExp;
        seen.set(`${re.flags}/${re.source}`, { source: re.source, flags: re.flags });
        return re;
      },
    });
    try {
      vi.resetModules();
      const api = await import('../../src/index.js');
      const m = api.createModerator({
        block: { words: ['casino', 'a+b', '(x|x)*'], domains: ['pills.example', '*.ru'], emails: ['x@y.z'], ips: ['203.0.113.0/24', '10.*'] },
        allow: { words: ['thanks'], domains: ['blog.example.org'] },
        disallowedKeys: 'viagra\n[url=\n\\s+$\n.*\nhttp://',
        moderationKeys: 'essay\n(a+)+\n',
        bayes: { minExamplesPerClass: 1 },
      });
      const r = createRandom(60630);
      for (let i = 0; i < 100; i++) {
        const c = { content: body(r, 'mixed'), author: { name: 'a', email: 'x@y.z', url: 'http://pills.example' }, request: { ip: '203.0.113.7' } };
        m.learn(c, i % 2 ? 'spam' : 'ham');
        m.check(c);
      }
    } finally {
      globalThis.RegExp = RealRegExp;
      vi.resetModules();
    }
    const allowed = new Set(ALLOW.map((a) => a.source));
    const bad = [...seen.values()].filter(({ source, flags }) => !allowed.has(source) && !judgePattern(source, flags).safe).map(({ source, flags }) => `/${source}/${flags}`);
    expect(bad).toEqual([]);
  });
});
