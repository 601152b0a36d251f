// Session 12's second pass on the blog queue (docs/cold-start-session12.md, "Second pass"): the
// scraper's pingback (META_PINGBACK_SCRAPED), the owner pitch that quotes the post's topic but asks
// for a call, and the paid link request (both TEXT_OWNER_PITCH), each held, with the look-alike ham
// that must stay silent. Untrained, rules only. Comments written for this test.
import { describe, expect, it } from 'vitest';
import type { CommentInput } from '../../src/index.js';
import { createModerator } from '../../src/index.js';

const moderator = createModerator({ starter: false });
const ids = (c: CommentInput): string[] => moderator.check(c).reasons.map((r) => r.id);
const PERMALINK = 'https://allotment.example.org/2026/11/leeks';
const TITLE = 'Blanching leeks with cardboard tubes';
const ping = (content: string, name: string, url: string, type: 'pingback' | 'trackback' = 'pingback'): CommentInput => ({
  content,
  type,
  author: { name, url },
  target: { postTitle: TITLE, permalink: PERMALINK },
});
const on = (postTitle: string, content: string): CommentInput => ({ content, author: { name: 'Sam', email: 'sam@mail.example.com' }, target: { postTitle } });

describe('a scraper that republished the post sends a pingback that is held', () => {
  it.each([
    ['a "news" page whose title repeats the subject', ping('[…] Blanching leeks with cardboard tubes […]', 'Blanching leeks cardboard tubes – Garden News Today', 'https://gardennewstoday.example.com/blanching-leeks-cardboard-tubes-2/')],
    ['a trackback whose address repeats the subject', ping('Blanching leeks with cardboard tubes', 'Home and Garden Hub', 'https://homegardenhub.example.net/blanching-leeks/', 'trackback')],
  ])('%s', (_name, c) => {
    expect(ids(c)).toContain('META_PINGBACK_SCRAPED');
    expect(moderator.check(c).decision).toBe('moderate');
  });
});

describe('real pingbacks stay ham with the rule silent', () => {
  it.each([
    ['a roundup that lists the post by its title', ping('[…] Blanching leeks with cardboard tubes […]', 'Plot notes: November links', 'https://plotnotes.example.blog/2026/11/links/')],
    ['a reply post with its own words around the link', ping('[…] after reading Blanching leeks with cardboard tubes I tried drainpipe offcuts instead […]', 'Leeks in drainpipes', 'https://veggiepatch.example.net/2026/11/leeks-drainpipes/')],
    ["the site's own follow-up", ping('[…] Blanching leeks with cardboard tubes […]', 'Leeks after the frost', 'https://allotment.example.org/2026/12/leeks-after-frost/')],
    ['a well-known site', ping('[…] Blanching leeks with cardboard tubes […]', 'Blanching leeks with cardboard tubes - BBC Gardeners World', 'https://www.bbc.co.uk/gardening/blanching-leeks-cardboard-tubes')],
  ])('%s', (_name, c) => {
    expect(ids(c)).not.toContain('META_PINGBACK_SCRAPED');
    expect(moderator.check(c).decision).toBe('ham');
  });
});

describe('owner pitches that quote the topic or buy a link are held', () => {
  it.each([
    ['a pitch that names the post topic and asks for a call', on('Pruning apple trees in winter', 'Hello, your blog about apple trees gets almost no visitors from Google. Our agency fixes rankings for garden blogs. Can we have a quick call on Friday?')],
    ['a link buyer with a client and a budget', on('Pruning apple trees in winter', 'Hi, do you accept sponsored posts or link insertions on your blog? I have a client in the garden tools niche and the budget is flexible.')],
  ])('%s', (_name, c) => {
    expect(ids(c)).toContain('TEXT_OWNER_PITCH');
    expect(moderator.check(c).decision).not.toBe('ham');
  });
});

describe('readers who talk about the post, sponsorship or links stay ham', () => {
  it.each([
    ['a reader on the topic with a question', on('Pruning apple trees in winter', 'Your blog convinced our allotment team to prune the old apple trees this winter. Do you cut back to an outward bud every time?')],
    ['a reader asking whether a post was paid for', on('Six months with a cordless mower', 'Was this a sponsored post? If the maker paid you, a line in your intro would help, we readers like to know.')],
    ['a reader sharing a link to their own notes', on('Pruning apple trees in winter', 'Thanks for this. Our community orchard wrote up its pruning day too, the link is on the notice board in your village hall.')],
  ])('%s', (_name, c) => {
    expect(ids(c)).not.toContain('TEXT_OWNER_PITCH');
    expect(moderator.check(c).decision).toBe('ham');
  });
});
