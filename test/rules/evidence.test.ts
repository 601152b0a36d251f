// Evidence is what a moderator reads: each rule must name what it found, and where.
import { describe, expect, it } from 'vitest';
import { createModerator, type CommentInput } from '../../src/index.js';

const moderator = createModerator();
const seedUrl = 'https://www.viagrapascherfr.com/achat-sildenafil-pfizer-tarif/';

describe('evidence strings', () => {
  it.each([
    { id: 'AUTHOR_URL_SPAM_WORDS', input: { content: 'Hello', author: { name: 'Sam', url: seedUrl } }, expected: ['author URL www.viagrapascherfr.com: viagra, achat, sildenafil, pfizer'] },
    { id: 'AUTHOR_URL_COMMERCIAL_SLUG', input: { content: 'Hello', author: { name: 'Sam', url: seedUrl } }, expected: ['slug: achat-sildenafil-pfizer-tarif'] },
    { id: 'AUTHOR_NAME_IS_URL', input: { content: 'Hello', author: { name: seedUrl } }, expected: [`name "${seedUrl}"`] },
    { id: 'AUTHOR_NAME_KEYWORDS', input: { content: 'x', author: { name: 'cheap viagra online' } }, expected: ['name "cheap viagra online": cheap, online, viagra'] },
    {
      id: 'TEXT_SPAM_TEMPLATE',
      input: 'Hi, I just became aware of your blog through a friend and it is truly informative.',
      expected: ['"became aware of your blog"'],
    },
    { id: 'TEXT_MONEY_SCHEME', input: 'Anyone can make money online and start working from home this week', expected: ['"make money online"', '"start working from home"'] },
    { id: 'TEXT_CONTACT_HANDLE', input: 'want to learn trading? get in touch with #coach_example_ana', expected: ['"get in touch with #coach_example_ana"'] },
    { id: 'TEXT_CONTACT_HANDLE', input: 'WhatsApp +1 234 567 8900 for the cure', expected: ['"WhatsApp +1 234 567 8900"'] },
    { id: 'TEXT_INVEST_AMOUNTS', input: 'initially i invested $1000 and in a couple of days i got $8,500', expected: ['$1000 → $8,500'] },
    { id: 'TEXT_REPEATED_WORD', input: 'Subscribe to me plz plz plz plz plz plZ', expected: ['"plz" ×6'] },
    { id: 'TEXT_PHARMACY', input: 'Buy viagra and cialis without prescription', expected: ['viagra, cialis, prescription'] },
    { id: 'LINK_SHORTENER', input: 'Free gift card here http://bit.ly/2xYzAbc', expected: ['http://bit.ly/2xYzAbc (body)'] },
    { id: 'LINK_REFERRAL', input: 'http://hackfbaccountlive.com/?ref=5242575', expected: ['http://hackfbaccountlive.com/?ref=5242575'] },
    { id: 'LINK_DEFANGED', input: 'Get it at hxxp://cheap-pills[.]xyz/buy', expected: ['hxxp://cheap-pills[.]xyz/buy'] },
    { id: 'LINK_BBCODE', input: 'Nice! [url=http://cheap-meds.example/shop]cheap meds[/url]', expected: ['[url=http://cheap-meds.example/shop]'] },
    {
      id: 'LINK_ANCHOR_MISMATCH',
      input: { content: 'Log in at <a href="http://paypal.com.secure-login.example.ru/x">www.paypal.com</a> now', contentFormat: 'html' },
      expected: ['text paypal.com → paypal.com.secure-login.example.ru'],
    },
    { id: 'DOMAIN_SPAMMY_TLD', input: 'Best deals at https://super-deals.xyz/today', expected: ['super-deals.xyz (.xyz)'] },
    { id: 'DOMAIN_SPAM_WORDS', input: 'Get it at hxxp://cheap-pills[.]xyz/buy', expected: ['cheap-pills.xyz: cheap, pills, buy (pharmacy)'] },
    {
      id: 'OBFUSCATION_HIDDEN_TEXT',
      input: { content: 'Nice post <div style="display:none"><a href="http://pills.example.com">cheap pills</a></div>', contentFormat: 'html' },
      expected: ['hidden: "cheap pills"', 'hidden link http://pills.example.com'],
    },
    { id: 'OBFUSCATION_SPAM_WORD', input: 'Buy v1agra now', expected: ['viagra (pharmacy)'] },
    { id: 'META_FAST_POST', input: { content: 'Great read', createdAt: '2024-05-01T10:00:04Z', target: { publishedAt: '2024-05-01T10:00:00Z' } }, expected: ['4 s after publication'] },
    { id: 'META_BOT_USER_AGENT', input: { content: 'hi', request: { userAgent: 'python-requests/2.31.0' } }, expected: ['user agent python-requests'] },
    { id: 'AUTHOR_APPROVED_MANY', input: { content: 'hi', author: { approvedCount: 12 } }, expected: ['12 approved before'] },
  ] as { id: string; input: CommentInput; expected: string[] }[])('$id: $expected', ({ id, input, expected }) => {
    const hit = moderator.analyze(input).hits.find((h) => h.id === id);
    expect(hit?.evidence).toEqual(expected);
  });
});

describe('verdicts from rules alone (untrained moderator)', () => {
  it.each([
    { input: { content: 'Hello there, just became aware of your blog through Google, and found ...', author: { name: seedUrl, url: seedUrl } }, decision: 'spam' },
    { input: 'Thanks, this fixed my build. The second flag was what I was missing.', decision: 'ham' },
    { input: { content: 'Hi all, check out my channel where I review synthesizers' }, decision: 'moderate' },
    { input: { content: 'Buy viagra and cialis without prescription' }, decision: 'moderate' },
    { input: { content: 'Comments are closed, the follow-up is at https://bit.ly/3xYzAbc', author: { name: 'Editor', isStaff: true } }, decision: 'ham' },
  ] as { input: CommentInput; decision: string }[])('$decision: $input', ({ input, decision }) => {
    expect(moderator.check(input).decision).toBe(decision);
  });
});
