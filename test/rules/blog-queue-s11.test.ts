// Session 11's blog-queue rules on both sides: the owner pitch in other languages, adverts in other
// languages, rental and ticket scams, CJK task offers, stuffed names, probes in capitals, spintax,
// automated-income claims, forged pingbacks and campaign author URLs are held; the look-alike ham
// issue 10 names stays ham (a reader's own shop, a spare ticket on the event's post, a club room
// share, a reader's loan story, shouting, code with braces, a bot warning, real pingbacks).
// Untrained, rules only. Comments written for this test.
import { describe, expect, it } from 'vitest';
import type { CommentInput } from '../../src/index.js';
import { createModerator } from '../../src/index.js';

const moderator = createModerator({ starter: false });
const NEW_RULES = [
  'TEXT_SPINTAX', 'META_CAPS_PROBE', 'TEXT_REMOTE_RENTAL', 'TEXT_COMMERCIAL_AD', 'TEXT_CJK_TASK_OFFER', 'TEXT_BOT_INCOME',
  'AUTHOR_NAME_STUFFED', 'META_PINGBACK_COPIED_TITLE', 'AUTHOR_URL_CAMPAIGN_PAGE',
];
const post = (postTitle: string) => ({ postTitle, permalink: 'https://blog.example.org/2026/12/post' });

describe('blog-queue spam of session 11 is held', () => {
  const spam: Array<[string, CommentInput, string]> = [
    ['a Dutch redesign pitch', { content: 'Goedemiddag, uw website ziet er verouderd uit en laadt traag. Ons team bouwt een moderne site voor 450 euro, zal ik een paar voorbeelden sturen?', author: { name: 'Webbureau' }, target: post('Ledenvergadering in maart') }, 'TEXT_OWNER_PITCH'],
    ['a Polish loan advert', { content: 'Pożyczka bez BIK do 4000 zł, pieniądze w 20 minut! Złóż wniosek online, szczegóły na stronie.', author: { name: 'Kasa' } }, 'TEXT_COMMERCIAL_AD'],
    ['an absent landlord', { content: 'Bright studio near the station, 480 a month with bills. I took a job overseas, so the agent posts the keys once the deposit arrives by transfer. Email me for photos.', author: { name: 'Clare' }, target: post('Sowing tomatoes indoors') }, 'TEXT_REMOTE_RENTAL'],
    ['a Chinese like-for-pay offer', { content: '招聘兼职，帮商家点赞，每单12元，日结，无需经验，加微信详谈', author: { name: '招聘' } }, 'TEXT_CJK_TASK_OFFER'],
    ['a stuffed name', { content: 'Thanks for sharing.', author: { name: 'Gutter Cleaning Leeds - Cheap Gutter Cleaning', url: 'https://gutters-leeds.example.co.uk' } }, 'AUTHOR_NAME_STUFFED'],
    ['a probe in capitals', { content: 'QWPLZKXRNTV', author: { name: 'Helen' } }, 'META_CAPS_PROBE'],
    ['unspun spintax', { content: '{Hi|Hello} there, {great|superb} {post|article}!', author: { name: 'Kim' } }, 'TEXT_SPINTAX'],
    ['an income claim', { content: 'My AI bitcoin bot made $1,200 last week on autopilot. Join with my invite https://ai-trade.example.io/i/zz', author: { name: 'Zed' } }, 'TEXT_BOT_INCOME'],
    ['a forged pingback', { content: '[…] Sowing tomatoes indoors […]', type: 'pingback', author: { name: 'Sowing tomatoes indoors', url: 'https://cheap-seeds-outlet.example.com/sowing-tomatoes-indoors' }, target: post('Sowing tomatoes indoors') }, 'META_PINGBACK_COPIED_TITLE'],
    ['praise under a campaign page', { content: 'Excellent article on sowing tomatoes, really useful for beginners.', author: { name: 'Seeds', url: 'https://seedshop.example.com/promo/spring' }, target: post('Sowing tomatoes indoors') }, 'AUTHOR_URL_CAMPAIGN_PAGE'],
  ];
  it.each(spam)('%s', (_name, c, rule) => {
    const v = moderator.check(c);
    expect(v.reasons.map((r) => r.id)).toContain(rule);
    expect(v.decision).not.toBe('ham');
  });
});

describe('the look-alike ham stays ham, and no session-11 rule fires on it', () => {
  const ham: Array<[string, CommentInput]> = [
    ['a spare ticket on the event post', { content: 'I have one spare ticket for Friday after my brother dropped out, 35, face value. I will be at the bar by the entrance from 7 if anyone wants it.', author: { name: 'Mo' }, target: post('Friday concert: who is going?') }],
    ['a club room share', { content: 'I booked a twin room at the race hotel, 90 a night, and my roommate cannot come. Any club member want to share it? Reply here and we can sort the deposit.', author: { name: 'Jo' }, target: post('Club trip to the Seville marathon') }],
    ['a reader with a shop on topic', { content: 'I sell seeds at the market and we tell people the same: 20 degrees and patience. Your photos of the seedlings are great.', author: { name: 'Rob', url: 'https://robsseeds.example.co.uk/shop' }, target: post('Sowing tomatoes indoors') }],
    ['a loan story', { content: 'Wzięliśmy kredyt na remont w 2020 i spłacaliśmy go 6 lat, uważajcie na prowizje.', author: { name: 'Ewa' }, target: post('Ile kosztuje kredyt') }],
    ['shouting', { content: 'CONGRATULATIONS', author: { name: 'Gran' } }],
    ['code with braces', { content: 'In Jinja, {{ title|lower }} and {{ name|upper }} both work; bash has {a,b}.', author: { name: 'Dev' } }],
    ['a bot warning', { content: 'An AI crypto bot promised my uncle $800 a week, then asked for a fee to withdraw. Report it: https://reportfraud.ftc.gov', author: { name: 'Ann' }, target: post('Trading bot scams') }],
    ['a real pingback from a post with "cheap" in its slug', { content: '[…] as Maria explains in her post on descaling, vinegar works fine […]', type: 'pingback', author: { name: 'Kitchen notes: a year of cheap fixes', url: 'https://kitchen-notes.example.blog/2026/11/cheap-fixes' }, target: post('How to descale a kettle') }],
    ['a reader asking about the post’s own watch', { content: 'この時計、修理の費用はいくらでしたか？', author: { name: '健' }, target: post('祖父の腕時計を修理しました') }],
    ['a freelancer linking their pricing page', { content: 'Great post, we changed our pricing page after reading it.', author: { name: 'Ben', url: 'https://bensaas.example.com/pricing' }, target: post('A year of SaaS pricing') }],
  ];
  it.each(ham)('%s', (_name, c) => {
    const v = moderator.check(c);
    expect(v.decision).toBe('ham');
    expect(v.reasons.map((r) => r.id).filter((id) => NEW_RULES.includes(id))).toEqual([]);
  });
});
