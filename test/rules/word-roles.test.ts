// The word roles the shared scan gives the chat and machine-written rules (scan.ts: the masks
// Scan.chatRoles / chatTerms / machineWords and wordRolesOf's per-word bits). The rules return
// early when a mask lacks a bit and read the per-word bits instead of their lists, so: each word's
// bits must be exactly what the lists say (chatRoleOf with its Cyrillic stems, CHAT_TERMS,
// MACHINE_WORDS), the same read through the word memo's entries as without them, and each mask
// the or of its words' bits.
import { describe, expect, it } from 'vitest';
import { extractFeatures } from '../../src/features/index.js';
import { readComment } from '../../src/input.js';
import { createLinkCache } from '../../src/links/index.js';
import { normalizeComment } from '../../src/normalize/index.js';
import { CHAT_TERMS } from '../../src/rules/catalog/chat-terms.js';
import { CHAT_ROLES, chatRoleOf } from '../../src/rules/catalog/chat-words.js';
import { MACHINE_WORDS } from '../../src/rules/catalog/machine-words.js';
import { ROLE_WORDS, scanOf, wordRolesOf } from '../../src/rules/catalog/scan.js';
import { createRuleInput } from '../../src/rules/rule-input.js';
import { createStemmer } from '../../src/tokenize/index.js';
import type { Features, WordFacts } from '../../src/types.js';

/** Features with only words: what the scan and wordRolesOf read (no facts, so nothing is remembered). */
const wordsOnly = (words: string[]): Features => ({ words }) as unknown as Features;

const or = (xs: readonly number[]): number => xs.reduce((a, x) => a | x, 0);

describe('the word roles of the shared scan', () => {
  it("gives every listed word, Cyrillic stem forms and unlisted words the lists' bits, and masks that are their or", () => {
    const words = [
      ...new Set([...CHAT_ROLES.keys(), ...CHAT_TERMS.keys(), ...MACHINE_WORDS.keys()]),
      // Cyrillic forms read by their stems, a short Cyrillic word, Latin words no list names.
      'заработком', 'прибыльный', 'девушками', 'выплатили', 'знакомиться', 'дроп', 'кот', 'compost', 'balcony', '42',
    ];
    for (let at = 0; at < words.length; at += ROLE_WORDS) {
      const chunk = words.slice(at, at + ROLE_WORDS);
      const roles = wordRolesOf(wordsOnly(chunk));
      const expected = {
        chat: chunk.map((w) => chatRoleOf(w)),
        terms: chunk.map((w) => CHAT_TERMS.get(w) ?? 0),
        machine: chunk.map((w) => MACHINE_WORDS.get(w) ?? 0),
      };
      expect(roles).toEqual(expected);
      const scan = scanOf(wordsOnly(chunk));
      expect([scan.chatRoles, scan.chatTerms, scan.machineWords]).toEqual([or(expected.chat), or(expected.terms), or(expected.machine)]);
    }
    // Stems do count: "заработком" is listed nowhere but is an earning.
    expect(chatRoleOf('заработком')).not.toBe(0);
  });

  it('reads the same bits through the word memo entries (first and second comment) as without them', () => {
    const stem = createStemmer('en');
    const links = createLinkCache();
    const entries: (WordFacts | undefined)[] = [];
    const text =
      'Кто хочет заработать из дома, пишите мне в лс. Join our VIP group for free signals, link in bio. The author truly resonates: additionally, a seamless approach, dont you think? 18+ only, no experience, 3 hours a day.';
    const features = extractFeatures(normalizeComment(readComment(text), { maxLength: 100_000 }), { stem, links }, entries);
    expect(entries.filter((e) => e !== undefined).length).toBeGreaterThan(10);
    const plain = wordRolesOf(features);
    expect(or(plain.chat)).not.toBe(0);
    expect(or(plain.terms)).not.toBe(0);
    expect(or(plain.machine)).not.toBe(0);
    // Twice: the first fills each memo entry's scan info, the second reads it.
    for (let pass = 0; pass < 2; pass++) {
      const input = createRuleInput(features, entries);
      expect(wordRolesOf(input)).toEqual(plain);
      expect(wordRolesOf(input)).toBe(wordRolesOf(input));
      expect(scanOf(input).chatRoles).toBe(or(plain.chat));
    }
  });

  it('covers the first ROLE_WORDS words of a long comment', () => {
    const words = Array.from({ length: ROLE_WORDS + 40 }, (_, i) => (i % 2 === 0 ? 'write' : 'group'));
    const roles = wordRolesOf(wordsOnly(words));
    expect(roles.chat.length).toBe(ROLE_WORDS);
    expect(roles.terms.length).toBe(ROLE_WORDS);
    expect(roles.machine.length).toBe(ROLE_WORDS);
    expect(roles.terms[1]).toBe(CHAT_TERMS.get('group'));
  });
});
