// The caller's allow- and block-lists as rules. Each list that holds entries becomes one rule,
// so a verdict names the list and the entry that matched, and options.rules can re-score or
// switch it off like any catalog rule.
import type { ResolvedListOptions } from '../../options.js';
import type { CommentInput, Features, Rule } from '../../types.js';
import { createPhraseMatcher } from '../catalog/phrase-matcher.js';
import { hostInSet } from '../catalog/link-facts.js';
import { canonicalIp } from '../../normalize/index.js';

export const ALLOW_SCORE = -10;
export const BLOCK_SCORE = 10;

/** `https://www.Example.com/path` → `example.com`: callers paste URLs into domain lists. */
function normalizeDomain(entry: string): string {
  let d = entry.trim().toLowerCase();
  const scheme = d.indexOf('://');
  if (scheme >= 0) d = d.slice(scheme + 3);
  const end = d.search(/[/?#:]/);
  if (end >= 0) d = d.slice(0, end);
  if (d.startsWith('www.')) d = d.slice(4);
  let a = 0;
  let b = d.length;
  while (a < b && d.charCodeAt(a) === 46) a++;
  while (b > a && d.charCodeAt(b - 1) === 46) b--;
  return d.slice(a, b);
}

function domainMatcher(entries: readonly string[]): (host: string) => string | undefined {
  const set = new Set(entries.map(normalizeDomain).filter((d) => d.length > 0));
  return (host) => hostInSet(host, set);
}

function emailMatcher(entries: readonly string[]): (address: string) => string | undefined {
  const exact = new Set(entries.filter((e) => !e.startsWith('@')));
  const domains = new Set(entries.filter((e) => e.startsWith('@')).map((e) => e.slice(1)));
  return (address) => {
    const a = address.toLowerCase();
    if (exact.has(a)) return a;
    const at = a.lastIndexOf('@');
    return at >= 0 && domains.has(a.slice(at + 1)) ? `@${a.slice(at + 1)}` : undefined;
  };
}

/** Entries and addresses compared canonically: `::ffff:203.0.113.9` is 203.0.113.9, as Node reports IPv4 clients on a dual-stack socket. */
function ipMatcher(entries: readonly string[]): (ip: string) => string | undefined {
  const exact = new Set(entries.filter((e) => !e.endsWith('.')).map(canonicalIp));
  const prefixes = entries.filter((e) => e.endsWith('.')).map((e) => e.toLowerCase());
  return (ip) => {
    const a = canonicalIp(ip);
    if (exact.has(a)) return a;
    return prefixes.find((p) => a.startsWith(p));
  };
}

function linkHosts(f: Features): { host: string; url: string }[] {
  return f.links.filter((l) => l.host !== '' && l.source !== 'request.referrer').map((l) => ({ host: l.host, url: l.url }));
}

function emailsOf(f: Features): string[] {
  const out = f.emails.map((e) => e.address.toLowerCase());
  if (f.normalized.authorEmail !== '') out.push(f.normalized.authorEmail);
  return out;
}

type Side = 'allow' | 'block';

function sideText(side: Side): { id: string; score: number; verb: string } {
  return side === 'allow' ? { id: 'LIST_ALLOW', score: ALLOW_SCORE, verb: 'allow-list' } : { id: 'LIST_BLOCK', score: BLOCK_SCORE, verb: 'block-list' };
}

function make(side: Side, kind: string, description: string, test: Rule['test'], hit: CommentInput[]): Rule {
  const s = sideText(side);
  return { id: `${s.id}_${kind}`, group: 'lists', score: s.score, description: `${description} (${s.verb})`, test, examples: { hit, miss: ['an unremarkable comment'] } };
}

/** Rules for one side's lists; empty lists make no rule. */
export function createAllowBlockRules(side: Side, lists: ResolvedListOptions): Rule[] {
  const rules: Rule[] = [];
  if (lists.domains.length > 0) {
    const match = domainMatcher(lists.domains);
    const first = normalizeDomain(lists.domains[0] as string);
    if (side === 'block') {
      rules.push(
        make(side, 'DOMAIN', 'Links to a domain on the block-list', (f) => linkHosts(f).flatMap((l) => {
          const d = match(l.host);
          return d === undefined ? [] : [`${l.url} (${d})`];
        }), [`see https://${first}/page`]),
      );
    } else {
      // Allowing a comment because one of its links is fine would let spam add such a link:
      // the allow rule hits only when every link the comment carries is on the list.
      rules.push(
        make(side, 'DOMAIN', 'Every link goes to a domain on the allow-list', (f) => {
          const links = linkHosts(f);
          if (links.length === 0 || !links.every((l) => match(l.host) !== undefined)) return [];
          return links.map((l) => `${l.url} (${match(l.host) as string})`);
        }, [`see https://${first}/page`]),
      );
    }
  }
  if (lists.words.length > 0) {
    const matcher = createPhraseMatcher(lists.words.map((w) => ({ kind: 0, phrase: w })));
    rules.push(
      make(side, 'WORD', `Uses a word or phrase on the ${side}-list`, (f) => matcher.match(f.words).map((m) => `"${m.phrase}"`), [`this mentions ${lists.words[0] as string} once`]),
    );
  }
  if (lists.emails.length > 0) {
    const match = emailMatcher(lists.emails);
    const first = lists.emails[0] as string;
    rules.push(
      make(side, 'EMAIL', `An e-mail address of the comment is on the ${side}-list`, (f) => emailsOf(f).flatMap((e) => {
        const m = match(e);
        return m === undefined ? [] : [`${e}${m === e ? '' : ` (${m})`}`];
      }), [{ content: 'hello', author: { email: first.startsWith('@') ? `someone${first}` : first } }]),
    );
  }
  if (lists.ips.length > 0) {
    const match = ipMatcher(lists.ips);
    const first = lists.ips[0] as string;
    rules.push(
      make(side, 'IP', `Sent from an IP address on the ${side}-list`, (f) => {
        const m = f.normalized.ip === '' ? undefined : match(f.normalized.ip);
        return m === undefined ? [] : [`IP ${f.normalized.ip}${m === f.normalized.ip ? '' : ` (${m}*)`}`];
      }, [{ content: 'hello', request: { ip: first.endsWith('.') ? `${first}7` : first } }]),
    );
  }
  return rules;
}
