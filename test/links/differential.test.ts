// Differential test against the libraries themselves: on generated comment-shaped text and on
// real corpus comments, every link `linkify.find` returns whose host has a public suffix must be
// found by spamsift with the same registrable domain (tldts, private suffixes on). spamsift may
// find more on purpose; those additions are counted by kind. linkify links spamsift drops on
// purpose are listed in DROPPED_ON_PURPOSE and counted; any other miss fails the test.
// SPAMSIFT_DIFF_TABLE=1 prints the counts that docs/evasion.md reports.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { find } from 'linkifyjs';
import { parse } from 'tldts';
import { describe, expect, it } from 'vitest';
import { extractLinks } from '../../src/links/index.js';
import { normalizeComment } from '../../src/normalize/index.js';
import { createRandom, type Random } from '../hostile/helpers/random.js';

const CORPORA = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpora');
const opts = { maxLength: 100_000 };

/** Registrable domain of a linkify match, or null when its host has no public suffix. */
function linkifyDomain(href: string): string | null {
  let host: string;
  try {
    host = new URL(href).hostname;
  } catch {
    return null; // linkify's href is no URL a browser opens
  }
  const p = parse(host, { allowPrivateDomains: true });
  return (p.isIcann === true || p.isPrivate === true) && p.domain ? p.domain : null;
}

/**
 * linkify matches spamsift drops on purpose, each with its reason:
 * - prose: a numbered list (`1.it is`) or a missing space before a capitalized word that is also
 *   a suffix (`great.Love it`): sentences, not links (collect.ts, isProse).
 */
const DROPPED_ON_PURPOSE: Array<{ kind: string; test: (value: string) => boolean }> = [
  { kind: 'prose: numbered list', test: (v) => /^\d{1,2}\.[a-z]{2,4}$/i.test(v) },
  { kind: 'prose: missing space before a capitalized word', test: (v) => /^[a-z]+\.[A-Z][a-z]+$/.test(v) },
];

const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const PICTOGRAPHS = /[\p{Extended_Pictographic}\uFE0F\u200D]/gu;
const EMOJI_KIND = 'emoji glued before a host read as decoration (the host without it found)';

interface Counts {
  texts: number;
  linkifyLinks: number;
  found: number;
  dropped: Map<string, number>;
  added: Map<string, number>;
  misses: string[];
}

function compare(texts: readonly string[]): Counts {
  const counts: Counts = { texts: texts.length, linkifyLinks: 0, found: 0, dropped: new Map(), added: new Map(), misses: [] };
  for (const text of texts) {
    const report = extractLinks(normalizeComment({ content: text }, opts));
    const ours = new Set(report.links.map((l) => l.domain));
    const expected = new Set<string>();
    for (const m of find(text)) {
      if (m.type !== 'url') continue;
      const d = linkifyDomain(m.href);
      if (d === null) continue;
      counts.linkifyLinks++;
      expected.add(d);
      if (ours.has(d)) counts.found++;
      else if (PICTOGRAPH.test(m.value) && ours.has(linkifyDomain(m.href.replace(PICTOGRAPHS, '')) ?? '')) {
        // `🌐frzswap.com`: linkify reads an emoji domain; a reader sees a globe before frzswap.com.
        counts.dropped.set(EMOJI_KIND, (counts.dropped.get(EMOJI_KIND) ?? 0) + 1);
      } else {
        const why = DROPPED_ON_PURPOSE.find((x) => x.test(m.value));
        if (why !== undefined) counts.dropped.set(why.kind, (counts.dropped.get(why.kind) ?? 0) + 1);
        else if (counts.misses.length < 10) counts.misses.push(`${JSON.stringify(text.slice(0, 160))}: linkify ${m.value} → ${d}, spamsift ${[...ours].join(', ') || 'nothing'}`);
        else counts.misses.push('…');
      }
    }
    for (const l of report.links) {
      if (l.domain !== null && expected.has(l.domain)) continue;
      const kind = l.isIp ? 'IP host' : l.defanged ? 'defanged' : l.domain === null ? 'no public suffix (scheme given)' : 'other (redirect target, cut host, spelled-out dot)';
      counts.added.set(kind, (counts.added.get(kind) ?? 0) + 1);
    }
  }
  return counts;
}

// Comment-shaped variants of the URL forms in linkify's and tldts's own suites: schemes, www,
// ports, userinfo, paths, queries, fragments, private and multi-label suffixes, IDN and punycode,
// trailing punctuation, brackets and quotes, title case, glued neighbours.
const LABELS = ['example', 'cheap-pills', 'my-shop24', 'news', 'a', 'xn--80ak6aa92e', 'пример', 'bücher', '58', 'go', 'Test-Site', 'CheapPills'];
const SUFFIXES = ['com', 'org', 'net', 'co.uk', 'com.au', 'de', 'ru', 'рф', 'jp', 'blogspot.com', 'github.io', 'xyz', 'io', 'Com', 'ORG', 'hu', 'online'];
const SCHEMES = ['', '', 'http://', 'https://', 'HTTP://', 'ftp://', 'https://www.', 'www.'];
const TAILS = ['', '/', '/path/to/page.html', '/a_(b)', '?q=1&r=2', '#frag', ':8080/x', '/search?q=spam+ham', '/wiki/Foo_(bar)'];
const BEFORE = ['', '', ' ', '(', '"', "'", '<', 'see ', 'Visit: ', '→', '詳しくは', 'на '];
const AFTER = ['', '', '.', ',', '!', '?', ')', '"', "'", '>', ' now', '...', ';', ':', 'をご覧ください', '—скидки'];

function generated(r: Random, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const sub = r.chance(0.2) ? `${r.pick(LABELS)}.` : '';
    const host = `${sub}${r.pick(LABELS)}.${r.pick(SUFFIXES)}`;
    const url = `${r.pick(SCHEMES)}${host}${r.pick(TAILS)}`;
    const email = r.chance(0.15) ? ` or mail me at info@${host}` : '';
    out.push(`${r.chance(0.5) ? 'Great post! ' : ''}${r.pick(BEFORE)}${url}${r.pick(AFTER)}${email}${r.chance(0.3) ? ' thanks' : ''}`);
  }
  return out;
}

function corpusTexts(): string[] {
  const out: string[] = [];
  for (const name of ['youtube', 'sms', 'instagram-scam', 'telegram-ru']) {
    const file = join(CORPORA, name, `${name}.jsonl`);
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const content = (JSON.parse(line) as { content?: unknown }).content;
      if (typeof content === 'string' && /[.:@]/.test(content)) out.push(content);
    }
  }
  return out;
}

function print(title: string, c: Counts): void {
  if (process.env.SPAMSIFT_DIFF_TABLE !== '1') return;
  const map = (m: Map<string, number>): string => [...m].map(([k, v]) => `${k}: ${v}`).join('; ') || 'none';
  console.log(`${title}: ${c.texts} texts, ${c.linkifyLinks} linkify links with a public suffix, ${c.found} found with the same domain; dropped on purpose: ${map(c.dropped)}; added by spamsift: ${map(c.added)}`);
}

describe('spamsift finds every link linkify finds (same registrable domain)', () => {
  it('on 4,000 generated comment-shaped texts', () => {
    const c = compare(generated(createRandom(1111), 4000));
    print('generated', c);
    expect(c.linkifyLinks).toBeGreaterThan(2000);
    expect(c.misses).toEqual([]);
  });

  const texts = corpusTexts();
  if (texts.length === 0) console.warn(`differential.test: ${CORPORA} is absent; the corpus part is skipped`);
  it.skipIf(texts.length === 0)('on the shared corpora', () => {
    const c = compare(texts);
    print('corpora', c);
    expect(c.misses).toEqual([]);
  });
});
