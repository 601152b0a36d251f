// WordPress "Disallowed Comment Keys" / "Comment Moderation" keys, matched as WordPress's
// wp_check_comment_disallowed_list() and check_comment() do: the option text is split on "\n",
// each line trimmed, empty lines skipped, and each key is a case-insensitive substring match
// against the author name, e-mail, URL, content (as written and without HTML), IP and user agent.
// Where WordPress loops over every key with preg_match, one Aho-Corasick automaton per field
// finds every key at once, so a 60,000-line community list costs one pass over each field.
import type { CommentInput, Features, Rule } from '../../types.js';
import { NONE } from '../catalog/none.js';
import { buildAhoCorasick, type AhoCorasick } from './aho-corasick.js';

/** PHP's trim() with its default set: space, \t, \n, \r, \0, \x0B (not JavaScript's wider Unicode set). */
function phpTrim(s: string): string {
  const strip = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0 || c === 11;
  let a = 0;
  let b = s.length;
  while (a < b && strip(s.charCodeAt(a))) a++;
  while (b > a && strip(s.charCodeAt(b - 1))) b--;
  return s.slice(a, b);
}

/** The keys of a WordPress key-list option, as WordPress reads them. */
export function parseKeyList(text: string): string[] {
  const keys: string[] = [];
  for (const line of text.split('\n')) {
    const key = phpTrim(line);
    // PHP's empty() is also true for "0", so WordPress skips a line that is just 0.
    if (key === '' || key === '0') continue;
    keys.push(key);
  }
  return keys;
}

export interface KeyList {
  /** Original spelling of each distinct key, for evidence. */
  keys: string[];
  automaton: AhoCorasick;
}

export function compileKeyList(text: string): KeyList {
  const byLower = new Map<string, string>();
  for (const key of parseKeyList(text)) {
    const lower = key.toLowerCase();
    if (!byLower.has(lower)) byLower.set(lower, key);
  }
  return { keys: [...byLower.values()], automaton: buildAhoCorasick([...byLower.keys()]) };
}

/** The comment fields WordPress checks, named as a moderator would read them. */
function fields(f: Features): [string, string][] {
  const n = f.normalized;
  const content = n.body.anchors.length === 0 ? n.body.text : `${n.body.text}\n${n.body.anchors.map((a) => a.href).join('\n')}`;
  return [
    ['author name', n.authorName.text],
    ['author e-mail', n.authorEmail],
    ['author URL', n.authorUrl],
    ['content', content],
    ['IP', n.ip],
    ['user agent', n.userAgent],
  ];
}

/** Evidence `<kind> key "xyz" in content` for every key found, at most one line per key. */
export function matchKeyList(list: KeyList, f: Features, kind: string): string[] {
  let out: string[] | undefined;
  let reported: Set<number> | undefined;
  for (const [name, value] of fields(f)) {
    if (value === '') continue;
    list.automaton.forEachMatch(value.toLowerCase(), (k) => {
      if (reported?.has(k) === true) return;
      (reported ??= new Set()).add(k);
      (out ??= []).push(`${kind} key "${list.keys[k]}" in ${name}`);
    });
  }
  return out ?? NONE;
}

export interface KeyRuleSpec {
  id: string;
  score: number;
  description: string;
  kind: string;
}

/** A rule for one key-list option, or none when the option holds no key. */
export function createKeyListRule(text: string, spec: KeyRuleSpec): Rule | undefined {
  if (text.trim() === '') return undefined;
  const list = compileKeyList(text);
  if (list.keys.length === 0) return undefined;
  const first = list.keys[0] as string;
  const hit: CommentInput[] = [`I wanted to say ${first} here`, { content: 'Hello', author: { name: first } }];
  return {
    id: spec.id,
    group: 'lists',
    score: spec.score,
    description: `${spec.description} (${list.keys.length} keys)`,
    test: (f) => matchKeyList(list, f, spec.kind),
    examples: { hit, miss: [] },
  };
}
