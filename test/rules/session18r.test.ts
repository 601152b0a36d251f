// Session 18r: the two readings added for the weakest categories of the blind sets (the
// on-topic comment's one link to a keyword-named shop, the owner pitch read by its offer), each
// tested on both sides with comments written for this test. Untrained, rules only.
import { describe, expect, it } from 'vitest';
import type { CommentInput } from '../../src/index.js';
import { createModerator } from '../../src/index.js';

const moderator = createModerator({ starter: false });
const verdict = (c: CommentInput) => moderator.check(c);
const ids = (c: CommentInput): string[] => verdict(c).reasons.map((r) => r.id);

const onPost = (content: string, postTitle = 'Laying a gravel path that stays put'): CommentInput => ({
  content,
  target: { postTitle, permalink: 'https://gardenlog.example.org/2026/05/gravel-path/' },
});

describe('LINK_KEYWORD_HOST', () => {
  it("holds one link to a host built of the comment's own lower-case words", () => {
    const got = verdict(onPost('Steel edging is what keeps the stones from spreading onto the lawn. We used the steel strips from https://gardenedging-example.co.uk/steel and the path has not moved in two winters.'));
    expect(got.reasons.map((r) => r.id)).toContain('LINK_KEYWORD_HOST');
    expect(got.decision).toBe('moderate');
  });

  it('leaves the shop the comment names as a business', () => {
    expect(ids(onPost('Edging is what keeps the stones from spreading onto the lawn. Gardenedge Supplies sold us steel strips (https://gardenedging-example.co.uk/steel) and the path has not moved.'))).not.toContain('LINK_KEYWORD_HOST');
  });

  it('leaves a question about the shop, and a host that is only the post title\'s word', () => {
    expect(ids(onPost('Edging is what keeps the stones from spreading onto the lawn. Are the steel strips at https://gardenedging-example.co.uk/steel any good for a curved path?'))).not.toContain('LINK_KEYWORD_HOST');
    expect(ids(onPost('The depth chart for the sub-base at https://gravelpathguide-example.org/depths answered the thing I got wrong the first time, and it has photos of every layer.'))).not.toContain('LINK_KEYWORD_HOST');
  });

  it('shares one 3-point cap with LINK_PLACED_PITCH: the two readings of one link hold, they never decide', () => {
    const both = verdict(onPost('Steel edging keeps the stones from spreading onto the lawn. For professional installation, readers can also visit https://gardenedging-example.co.uk/services for affordable quotes.'));
    const got = both.reasons.map((r) => r.id);
    expect(got).toContain('LINK_KEYWORD_HOST');
    expect(got).toContain('LINK_PLACED_PITCH');
    const capped = both.reasons.filter((r) => r.id === 'LINK_KEYWORD_HOST' || r.id === 'LINK_PLACED_PITCH').reduce((s, r) => s + r.points, 0);
    expect(capped).toBe(3);
  });
});

describe('TEXT_OWNER_SERVICE_TERMS', () => {
  const pitch = (content: string): CommentInput => ({ content, target: { postTitle: 'Summer opening hours at the farm shop' } });

  it("holds an owner pitch by its offer's terms and one more part, whatever the trade", () => {
    const got = verdict(pitch('Hello, we noticed your shop takes orders by phone only. We build simple online ordering pages for farm shops, free setup until June.'));
    expect(got.reasons.map((r) => r.id)).toContain('TEXT_OWNER_SERVICE_TERMS');
    expect(got.decision).not.toBe('ham');
  });

  it('holds the three other parts without terms', () => {
    expect(ids(pitch('I came across your shop on the map and the listing has no photos. I can set up the whole profile for you, just reply here this week.'))).toContain('TEXT_OWNER_SERVICE_TERMS');
  });

  it("leaves a reader's price question and a neighbour's offer of help", () => {
    expect(ids(pitch('Good to see your prices on the board now. Is the £4 per dozen for eggs the same at the Saturday market, or only at the shop?'))).not.toContain('TEXT_OWNER_SERVICE_TERMS');
    expect(ids(pitch('We run the tea room across the lane and our team can put your summer hours in our window; reply here if you want a poster made.'))).not.toContain('TEXT_OWNER_SERVICE_TERMS');
  });

  it('leaves the site\'s own staff announcing their own offer', () => {
    const offer = 'Free setup of a veg box order this month: reply here or contact us at the counter, and we can build a box for your family at a special price.';
    const staff: CommentInput = { content: offer, author: { name: 'Farm shop team', isStaff: true }, target: { postTitle: 'Summer opening hours at the farm shop' } };
    expect(ids(staff)).not.toContain('TEXT_OWNER_SERVICE_TERMS');
    // The same words from a stranger are the pitch: the staff reading is what leaves it.
    expect(ids({ ...staff, author: { name: 'Veg Box Builders' } })).toContain('TEXT_OWNER_SERVICE_TERMS');
  });
});
