// An author URL on the site the comment is posted on is the site itself (an owner, an editor, a
// staff account), never an outside site being promoted: the author-URL rules and the dating
// invitation's link read it as no link at all. Comments written for this test.
import { describe, expect, it } from 'vitest';
import type { CommentInput } from '../../src/index.js';
import { createModerator } from '../../src/index.js';

const moderator = createModerator({ starter: false });
const target = { postTitle: 'Harbour wall repairs start in March', permalink: 'https://www.harbour-courier.example/news/2026/02/harbour-wall-repairs/' };

describe("an author URL on the post's own site", () => {
  it('leaves an editor reply with a courier-named site ham, with no author-URL or dating rule', () => {
    const reply: CommentInput = {
      content: 'Thanks Ruth, we have fixed the date in the story. A photo of the old wall would be great, please send it to the desk.',
      author: { name: 'Jo Marsh (Harbour Courier)', url: 'https://harbour-courier.example', isStaff: true },
      target,
    };
    const v = moderator.check(reply);
    expect(v.reasons.map((r) => r.id).filter((id) => id.startsWith('AUTHOR_URL') || id === 'AUTHOR_PRODUCT_NAME' || id === 'TEXT_DATING_INVITE')).toEqual([]);
    expect(v.decision).toBe('ham');
  });

  it('still reads the same comment under an outside selling site', () => {
    const outside: CommentInput = {
      content: 'Nice article, the information is very useful.',
      author: { name: 'Ola', url: 'https://fast-payday-lenders.example.net' },
      target,
    };
    expect(moderator.check(outside).reasons.map((r) => r.id)).toContain('AUTHOR_URL_SELLING_PRAISE');
    const ownSite = { ...outside, target: { ...target, permalink: 'https://fast-payday-lenders.example.net/blog/rates' } };
    expect(moderator.check(ownSite).reasons.map((r) => r.id)).not.toContain('AUTHOR_URL_SELLING_PRAISE');
  });
});
