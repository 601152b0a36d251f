// The lead, session 17, after reading a blind set of approvable comments (wordpress-blind-34): two
// readings that blocked approvable comments, each tested on both sides with comments written for
// this test. Untrained, rules only.
// - A pingback's or trackback's author name is its page's title: a word it shares with the post's
//   title is the subject of both pages, not what the linking page sells (META_PINGBACK_SELLS,
//   AUTHOR_PRODUCT_NAME; topic-slug.ts pageTitleSharesTopic). A comment's own name is not read so.
// - A comment that cites two or more sites besides the one it carries adds sources; it is not the
//   machine-written paraphrase whose only purpose is its link (AUTHOR_URL_PARAPHRASE_COMMENT).
import { describe, expect, it } from 'vitest';
import type { CommentInput } from '../../src/index.js';
import { createModerator } from '../../src/index.js';

const moderator = createModerator({ starter: false });
const ids = (c: CommentInput): string[] => moderator.check(c).reasons.map((r) => r.id);

const roundUp = (postTitle: string, type: 'trackback' | 'comment'): CommentInput => ({
  content: 'Round-up of the week: the installer explains what their battery warranty covers and tells readers to compare two quotes first.',
  type,
  author: { name: 'Weekend reading: solar batteries', url: 'https://offgridnotes.example.blog/2026/05/weekend-reading/' },
  target: { postTitle, permalink: 'https://installer.example.co.uk/solar-batteries-warranty/' },
});

describe("a notification's page title that shares the post's subject", () => {
  it('is no selling page and names no product when the post is about the same subject', () => {
    const got = ids(roundUp('Solar batteries: what our warranty covers', 'trackback'));
    expect(got).not.toContain('META_PINGBACK_SELLS');
    expect(got).not.toContain('AUTHOR_PRODUCT_NAME');
  });

  it('still sells on a post about something else', () => {
    const got = ids(roundUp('Choosing a ladder for gutter work', 'trackback'));
    expect(got).toContain('META_PINGBACK_SELLS');
    expect(got).toContain('AUTHOR_PRODUCT_NAME');
  });

  it("is read only for notifications: a commenter's keyword name on a post about the keyword still counts", () => {
    expect(ids(roundUp('Solar batteries: what our warranty covers', 'comment'))).toContain('AUTHOR_PRODUCT_NAME');
  });
});

const tyres = (content: string): CommentInput => ({
  content,
  author: { name: 'Ann Porter', url: 'https://tyre-deals-warehouse.example.co.uk/' },
  target: { postTitle: 'Do you really need winter tyres?', permalink: 'https://motoring.example.org/winter-tyres/' },
});
const RESTATES = 'Winter tyres matter far more than many drivers think, and this guide is spot on for anyone new to them.';

describe('a comment citing sources beside the link it carries', () => {
  it('is the paraphrase when it carries its one link and restates the post', () => {
    expect(ids(tyres(RESTATES))).toContain('AUTHOR_URL_PARAPHRASE_COMMENT');
  });

  it('is still the paraphrase with one other site beside the carried one', () => {
    expect(ids(tyres(`${RESTATES} More: https://en.tyrewiki.example.org/compounds`))).toContain('AUTHOR_URL_PARAPHRASE_COMMENT');
  });

  it('is not the paraphrase when it cites two other sites', () => {
    const c = tyres(`${RESTATES} The owners' forum (https://tyreforum.example.org/) and the compound tables (https://compoundtables.example.net/) go deeper.`);
    expect(ids(c)).not.toContain('AUTHOR_URL_PARAPHRASE_COMMENT');
  });
});
