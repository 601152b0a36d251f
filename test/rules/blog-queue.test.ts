// Session 9's blog-queue rules on both sides: the link drops, keyword anchors, paraphrases and
// selling-URL praise they are for, and the ham issue 10 names that must stay ham (technical links,
// a reader's own blog, pingbacks, owner replies, short thanks with and without a personal site,
// emoji reactions, non-English comments, a price question about the post's own thing). Untrained,
// rules only. Comments written for this test.
import { describe, expect, it } from 'vitest';
import type { CommentInput } from '../../src/index.js';
import { createModerator } from '../../src/index.js';

const moderator = createModerator({ starter: false });
const NEW_RULES = ['LINK_WORDLESS_COMMENT', 'LINK_KEYWORD_ANCHOR', 'AUTHOR_URL_PARAPHRASE_COMMENT', 'AUTHOR_URL_SELLING_PRAISE'];
const ids = (c: CommentInput): string[] => moderator.check(c).reasons.map((r) => r.id);

const post = (postTitle: string) => ({ postTitle, permalink: 'https://blog.example.org/2026/12/post' });

describe('blog-queue spam of session 9 is held', () => {
  const spam: Array<[string, CommentInput, string]> = [
    ['emoji under a selling author URL', { content: '🌟🌟', author: { name: 'Ivo', url: 'https://cheap-roof-tiles-store.example.com' } }, 'LINK_WORDLESS_COMMENT'],
    ['a bare selling link', { content: 'https://discount-patio-sets.example.net/summer', author: { name: 'Ivo' } }, 'LINK_WORDLESS_COMMENT'],
    ['a keyword anchor with a fig leaf', { content: 'Cool! <a href="https://boiler-repair-glasgow.example.co.uk">boiler repair glasgow</a>', contentFormat: 'html' }, 'LINK_KEYWORD_ANCHOR'],
    [
      'a paraphrase under a selling URL',
      { content: 'Seasoning cast iron properly is something many cooks overlook, and the steps laid out here are spot on. Thin layers and high heat really make all the difference.', author: { name: 'Mia Fox', url: 'https://cookware-outlet-store.example.com' }, target: post('How I season cast iron') },
      'AUTHOR_URL_PARAPHRASE_COMMENT',
    ],
    ['generic praise under a selling URL', { content: 'Nice article, the information is very useful.', author: { name: 'Ola', url: 'https://fast-payday-lenders.example.net' }, target: post('How I season cast iron') }, 'AUTHOR_URL_SELLING_PRAISE'],
  ];
  it.each(spam)('%s', (_name, c, rule) => {
    const v = moderator.check(c);
    expect(v.reasons.map((r) => r.id)).toContain(rule);
    expect(v.decision).not.toBe('ham');
  });
});

describe('the ham issue 10 names stays ham, and no session-9 rule fires on it', () => {
  const ham: Array<[string, CommentInput]> = [
    ['technical links', { content: 'The fix is in https://github.com/nodejs/node/pull/50000 and the docs at https://nodejs.org/api/worker_threads.html explain why.', author: { name: 'Sam', url: 'https://sam.example.dev' }, target: post('Worker threads and memory') }],
    ['a reader sharing their own post', { content: 'https://sam.example.dev/posts/worker-memory', author: { name: 'Sam', url: 'https://sam.example.dev' }, target: post('Worker threads and memory') }],
    ['a pingback', { content: '[…] as explained in this post, the worker pool […]', type: 'pingback', author: { name: 'Other blog', url: 'https://otherblog.example.net/post' }, target: post('Worker threads and memory') }],
    ['an owner reply', { content: 'Thanks! Glad it helped, I will add the Windows steps tomorrow.', author: { name: 'admin', isStaff: true }, target: post('Worker threads and memory') }],
    ['short thanks', { content: 'Thanks, great post!', target: post('Worker threads and memory') }],
    ['short thanks from a personal site', { content: 'Thanks, great post!', author: { name: 'Kai', url: 'https://kai-notes.example.org' }, target: post('Worker threads and memory') }],
    ['longer thanks from a personal site', { content: 'Thank you so much for writing this, I really needed to read it today, it made my whole week.', author: { name: 'Kai', url: 'https://kai-notes.example.org' }, target: post('On slowing down') }],
    ['an emoji reaction', { content: '👏👏👏', author: { name: 'Kai', url: 'https://kai-notes.example.org' } }],
    ['German without site languages', { content: 'Toller Beitrag, danke! Bei uns im Verein machen wir das genauso.', target: post('Vereinsarbeit im Ehrenamt') }],
    ['a price question about the post\'s own thing', { content: 'How much did the cast iron pan cost you?', target: post('How I season cast iron') }],
    ['a reader\'s anchor to a reference', { content: 'See <a href="https://en.wikipedia.org/wiki/Seasoning_(cookware)">the Wikipedia article on seasoning</a>.', contentFormat: 'html', target: post('How I season cast iron') }],
    ['a shop owner with a specific story', { content: 'We sell pans in our shop and I re-season returns at 250 °C for an hour; three thin coats beat one thick one.', author: { name: 'Lou', url: 'https://lous-kitchen-shop.example.com' }, target: post('How I season cast iron') }],
  ];
  it.each(ham)('%s', (_name, c) => {
    const v = moderator.check(c);
    expect(v.decision).toBe('ham');
    expect(ids(c).filter((id) => NEW_RULES.includes(id))).toEqual([]);
  });
});
