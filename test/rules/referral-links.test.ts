// Session 15d: a referral or invite sign-up link under a vague comment (LINK_REFERRAL_VAGUE_COMMENT),
// on a well-known platform too, and the readers it must leave alone. Comments written for this test.
import { describe, expect, it } from 'vitest';
import type { CommentInput } from '../../src/index.js';
import { createModerator } from '../../src/index.js';
import { referralSign } from '../../src/rules/catalog/referral-links.js';
import type { Link } from '../../src/types.js';

const rules = createModerator({ starter: false });
const byDefault = createModerator();
const target = { postTitle: 'Choosing a tent for wet weather', permalink: 'https://outdoors.example.org/2026/11/wet-weather-tent/' };
const ids = (c: CommentInput): string[] => rules.check(c).reasons.map((r) => r.id);
const path = (p: string): Link => ({ url: `https://x.example.com${p}`, source: 'body', host: 'x.example.com', domain: 'example.com', suffix: 'com', isIp: false, isPunycode: false, defanged: false, path: p, words: [] });

describe('LINK_REFERRAL_VAGUE_COMMENT', () => {
  it('holds a vague question whose author URL is a well-known exchange sign-up page with a code, and says which sign', () => {
    const c: CommentInput = { content: 'I still have a question or two after reading, could you help me out?', author: { name: 'Nia', url: 'https://www.binance.com/en/register?ref=TQ93KD' }, target };
    const v = rules.check(c);
    expect(v.decision).toBe('moderate');
    expect(v.reasons.find((r) => r.id === 'LINK_REFERRAL_VAGUE_COMMENT')?.evidence).toEqual(['author URL binance.com carries a referral code ("ref=")']);
    expect(byDefault.check(c).decision).not.toBe('ham');
  });

  it('reads the path forms: /join/<code>, /invite/<code>, a referral flow\'s sign-up page', () => {
    expect(referralSign(path('/join/40917725'))).toBe('/join/<code>');
    expect(referralSign(path('/en/invite/ab12cd'))).toBe('/invite/<code>');
    expect(referralSign(path('/es/referral/register'))).toBe('/referral/…/register');
    expect(referralSign(path('/signup?invitecode=qx72p'))).toBe('invitecode=');
  });

  it('leaves pages, boards and source tags alone', () => {
    expect(referralSign(path('/join'))).toBe('');
    expect(referralSign(path('/r/3dprinting/'))).toBe('');
    expect(referralSign(path('/ref/nibs.html'))).toBe('');
    expect(referralSign(path('/blob/main/src/a.ts?ref=main'))).toBe('');
    expect(referralSign(path('/?ref='))).toBe('');
  });

  it('does not read a reader who names the post, or a plain link to a well-known site', () => {
    const topical: CommentInput = { content: 'Our tent leaked at the seams in wet weather too; I bought seam sealer through this link: https://shop.example.com/?ref=kit22', author: { name: 'Al' }, target };
    expect(ids(topical)).not.toContain('LINK_REFERRAL_VAGUE_COMMENT');
    const plain: CommentInput = { content: 'Is there more on this? https://en.wikipedia.org/wiki/Waterproof_fabric', author: { name: 'Al' }, target };
    expect(ids(plain)).not.toContain('LINK_REFERRAL_VAGUE_COMMENT');
    expect(byDefault.check(plain).decision).toBe('ham');
  });

  it('LINK_REFERRAL no longer reads ?ref=main, a code host\'s branch tag, and still reads a code', () => {
    expect(ids({ content: 'See https://github.com/acme/tool/blob/main/a.ts?ref=main for the default.', target })).not.toContain('LINK_REFERRAL');
    expect(ids({ content: 'Sign up here https://free-followers.example.com/?ref=1048576', target })).toContain('LINK_REFERRAL');
  });
});
