// Allow/block lists and WordPress key lists, as rules built from options.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createModerator, type CommentInput, type ModeratorOptions } from '../../src/index.js';
import { buildAhoCorasick, compileKeyList, parseKeyList } from '../../src/rules/lists/index.js';

function hits(options: ModeratorOptions, comment: CommentInput): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const h of createModerator(options).analyze(comment).hits) if (h.group === 'lists') out[h.id] = h.evidence;
  return out;
}

describe('Aho-Corasick', () => {
  it.each([
    { keys: ['he', 'she', 'his', 'hers'], text: 'ushers', expected: ['he', 'she', 'hers'] },
    { keys: ['a', 'ab', 'bab', 'bc', 'bca', 'c', 'caa'], text: 'abccab', expected: ['a', 'ab', 'bc', 'c'] },
    { keys: ['abc'], text: 'ababcab', expected: ['abc'] },
    { keys: ['aaa'], text: 'aa', expected: [] },
    { keys: ['', 'x'], text: 'xyz', expected: ['x'] },
    { keys: ['ü', 'ça', '日本'], text: 'ça va, ü? 日本語', expected: ['ü', 'ça', '日本'] },
    { keys: ['\u{1F600}x'], text: 'a\u{1F600}x', expected: ['\u{1F600}x'] },
  ])('finds $expected of $keys in "$text"', ({ keys, text, expected }) => {
    const found = [...buildAhoCorasick(keys).search(text)].map((i) => keys[i]);
    expect(found.sort()).toEqual([...expected].sort());
  });

  it('agrees with String.includes on random keys and texts', () => {
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const word = (len: number): string => Array.from({ length: len }, () => 'abc'[rand(3)]).join('');
    for (let round = 0; round < 200; round++) {
      const keys = Array.from({ length: 1 + rand(8) }, () => word(1 + rand(4)));
      const text = word(rand(30));
      const found = buildAhoCorasick(keys).search(text);
      keys.forEach((k, i) => {
        // Duplicate keys report once, under their first index.
        if (keys.indexOf(k) === i) expect(found.has(i), `${k} in ${text}`).toBe(text.includes(k));
      });
    }
  });
});

describe('WordPress key text', () => {
  it.each([
    { text: 'viagra\n  casino  \n\n\t\nloan\r\n', expected: ['viagra', 'casino', 'loan'] },
    // PHP's empty() is true for "0": WordPress skips such a line.
    { text: '0\n00\n 0 ', expected: ['00'] },
    { text: '', expected: [] },
    { text: 'two words\n#hash', expected: ['two words', '#hash'] },
  ])('parses $text', ({ text, expected }) => {
    expect(parseKeyList(text)).toEqual(expected);
  });

  it('dedupes keys case-insensitively, keeping the first spelling', () => {
    expect(compileKeyList('Casino\ncasino\nCASINO\npoker').keys).toEqual(['Casino', 'poker']);
  });
});

const KEYS = 'cheap-pills\nCasino\n203.0.113.\nbadbot/\n@spam-mail.example\nxyz';

describe('disallowed keys (substring match on every field, as WordPress)', () => {
  it.each([
    { comment: 'Visit our CASINO tonight', expected: ['disallowed key "Casino" in content'] },
    { comment: 'best casinos around', expected: ['disallowed key "Casino" in content'] },
    { comment: { content: 'hi', author: { name: 'Casino Royale' } }, expected: ['disallowed key "Casino" in author name'] },
    { comment: { content: 'hi', author: { email: 'bob@spam-mail.example' } }, expected: ['disallowed key "@spam-mail.example" in author e-mail'] },
    { comment: { content: 'hi', author: { url: 'http://cheap-pills.example.com' } }, expected: ['disallowed key "cheap-pills" in author URL'] },
    { comment: { content: 'hi', request: { ip: '203.0.113.9' } }, expected: ['disallowed key "203.0.113." in IP'] },
    { comment: { content: 'hi', request: { userAgent: 'BadBot/1.0' } }, expected: ['disallowed key "badbot/" in user agent'] },
    { comment: { content: 'see <a href="http://cheap-pills.example">here</a>', contentFormat: 'html' }, expected: ['disallowed key "cheap-pills" in content'] },
    { comment: 'the xyzzy spell', expected: ['disallowed key "xyz" in content'] },
    { comment: 'nothing to see', expected: undefined },
  ] as { comment: CommentInput; expected: string[] | undefined }[])('$comment → $expected', ({ comment, expected }) => {
    expect(hits({ disallowedKeys: KEYS }, comment)['LIST_DISALLOWED_KEY']).toEqual(expected);
  });

  it('reports each key once, whatever fields it appears in', () => {
    const ev = hits({ disallowedKeys: KEYS }, { content: 'casino casino', author: { name: 'casino' } })['LIST_DISALLOWED_KEY'];
    expect(ev).toEqual(['disallowed key "Casino" in author name']);
  });

  it('weighs a disallowed key as a signal, and moderation keys enough to moderate', () => {
    const disallowed = createModerator({ disallowedKeys: 'frobnicate' }).check('please frobnicate the thing');
    expect(disallowed.reasons.find((r) => r.id === 'LIST_DISALLOWED_KEY')?.points).toBe(3);
    const held = createModerator({ moderationKeys: 'frobnicate' }).check('please frobnicate the thing');
    expect(held.decision).toBe('moderate');
    expect(held.reasons[0]?.evidence).toEqual(['moderation key "frobnicate" in content']);
  });

  it('makes no rule from an empty or blank key text', () => {
    expect(createModerator({ disallowedKeys: ' \n\n ', moderationKeys: '' }).rules.filter((r) => r.group === 'lists')).toEqual([]);
  });
});

describe('allow and block lists', () => {
  const options: ModeratorOptions = {
    allow: { domains: ['https://www.mysite.example/'], words: ['spamsift'], emails: ['me@mysite.example'], ips: ['192.0.2.'] },
    block: { domains: ['evil.example'], words: ['buy followers'], emails: ['@spam-mail.example'], ips: ['198.51.100.23'] },
  };
  it.each([
    { comment: 'see https://shop.evil.example/x', expected: { LIST_BLOCK_DOMAIN: ['https://shop.evil.example/x (evil.example)'] } },
    { comment: 'Buy   Followers today', expected: { LIST_BLOCK_WORD: ['"buy followers"'] } },
    { comment: 'buyfollowers', expected: {} },
    { comment: { content: 'x', author: { email: 'Bob@Spam-Mail.example' } }, expected: { LIST_BLOCK_EMAIL: ['bob@spam-mail.example (@spam-mail.example)'] } },
    { comment: { content: 'x', request: { ip: '198.51.100.23' } }, expected: { LIST_BLOCK_IP: ['IP 198.51.100.23'] } },
    { comment: { content: 'x', request: { ip: '198.51.100.230' } }, expected: {} },
    // Node reports an IPv4 client on a dual-stack socket as IPv4-mapped IPv6: the same address.
    { comment: { content: 'x', request: { ip: '::ffff:198.51.100.23' } }, expected: { LIST_BLOCK_IP: ['IP 198.51.100.23'] } },
    { comment: { content: 'x', request: { ip: '::FFFF:c633:6417' } }, expected: { LIST_BLOCK_IP: ['IP 198.51.100.23'] } },
    { comment: { content: 'x', request: { ip: '::ffff:192.0.2.77' } }, expected: { LIST_ALLOW_IP: ['IP 192.0.2.77 (192.0.2.*)'] } },
    { comment: 'my post https://mysite.example/a and https://blog.mysite.example/b', expected: { LIST_ALLOW_DOMAIN: ['https://mysite.example/a (mysite.example)', 'https://blog.mysite.example/b (mysite.example)'] } },
    // One allowed link does not vouch for a comment that also links elsewhere.
    { comment: 'https://mysite.example/a and https://other.example/b', expected: {} },
    { comment: 'I love SpamSift', expected: { LIST_ALLOW_WORD: ['"spamsift"'] } },
    { comment: { content: 'x', author: { email: 'me@mysite.example' } }, expected: { LIST_ALLOW_EMAIL: ['me@mysite.example'] } },
    { comment: { content: 'x', request: { ip: '192.0.2.77' } }, expected: { LIST_ALLOW_IP: ['IP 192.0.2.77 (192.0.2.*)'] } },
  ] as { comment: CommentInput; expected: Record<string, string[]> }[])('$comment → $expected', ({ comment, expected }) => {
    expect(hits(options, comment)).toEqual(expected);
  });

  it.each(['http://3325256711/x', 'http://0xc6.0x33.0x64.7/x', 'http://0306.063.0144.07/x', 'http://[::ffff:198.51.100.7]/x'])('a block-listed IP host written as %s is that host', (url) => {
    expect(hits({ block: { domains: ['198.51.100.7'] } }, `see ${url}`)).toEqual({ LIST_BLOCK_DOMAIN: [`${url} (198.51.100.7)`] });
  });

  it('decides: a block hit is spam, an allow hit outweighs spam signals', () => {
    const m = createModerator(options);
    expect(m.check({ content: 'hello', request: { ip: '198.51.100.23' } }).decision).toBe('spam');
    expect(m.check({ content: 'Buy viagra and cialis without prescription', author: { email: 'me@mysite.example' } }).decision).toBe('ham');
  });

  it('makes rules only for lists that hold entries, each with examples that hit it', () => {
    const m = createModerator(options);
    const listRules = m.rules.filter((r) => r.group === 'lists');
    expect(listRules.map((r) => r.id).sort()).toEqual(
      ['LIST_ALLOW_DOMAIN', 'LIST_ALLOW_EMAIL', 'LIST_ALLOW_IP', 'LIST_ALLOW_WORD', 'LIST_BLOCK_DOMAIN', 'LIST_BLOCK_EMAIL', 'LIST_BLOCK_IP', 'LIST_BLOCK_WORD'],
    );
    for (const rule of listRules) {
      for (const c of rule.examples.hit) expect(m.analyze(c).hits.map((h) => h.id), rule.id).toContain(rule.id);
      for (const c of rule.examples.miss) expect(m.analyze(c).hits.map((h) => h.id), rule.id).not.toContain(rule.id);
    }
    expect(createModerator({ block: { ips: ['203.0.113.5'] } }).rules.filter((r) => r.group === 'lists').map((r) => r.id)).toEqual(['LIST_BLOCK_IP']);
  });
});

const SHARED_LIST = fileURLToPath(new URL('../../../shared/lists/wordpress-disallowed-keys.txt', import.meta.url));
const hasList = existsSync(SHARED_LIST);

describe('the community WordPress list (../shared/lists)', () => {
  it.skipIf(!hasList)(hasList ? 'loads all keys and matches like includes()' : `skipped: ${SHARED_LIST} is absent`, () => {
    const text = readFileSync(SHARED_LIST, 'utf8');
    const list = compileKeyList(text);
    expect(list.keys.length).toBeGreaterThan(50_000);
    const m = createModerator({ disallowedKeys: text });
    const comment = 'Get the best online casino bonus and free spins';
    const evidence = m.analyze(comment).hits.find((h) => h.id === 'LIST_DISALLOWED_KEY')?.evidence ?? [];
    expect(evidence.length).toBeGreaterThan(0);
    // The automaton finds exactly the keys a naive substring scan finds.
    const lower = comment.toLowerCase();
    const naive = list.keys.filter((k) => lower.includes(k.toLowerCase()));
    const found = [...list.automaton.search(lower)].map((i) => list.keys[i]);
    expect(found.sort()).toEqual(naive.sort());
    expect(m.analyze('Thanks, this fixed my build.').hits.some((h) => h.id === 'LIST_DISALLOWED_KEY')).toBe(false);
  });
});
