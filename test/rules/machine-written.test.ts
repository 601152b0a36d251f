// Session 10's rules for machine-written blog comments (machine-written.ts) and the wider price,
// support and flattery rules, on both sides: the spam they are for is held, and the ham that looks
// most like it (readers' fluent comments under their own sites, readers recommending tools they
// use, long thanks from a reader who knows the blog, price questions about the post's own thing)
// stays ham with none of the new rules firing. Untrained, rules only. Comments written for this test.
import { describe, expect, it } from 'vitest';
import type { CommentInput } from '../../src/index.js';
import { createModerator } from '../../src/index.js';

const moderator = createModerator({ starter: false });
const NEW_RULES = ['AUTHOR_URL_MACHINE_COMMENT', 'TEXT_PRODUCT_PLUG', 'TEXT_SPUN_FLATTERY_PADDED'];
const ids = (c: CommentInput): string[] => moderator.check(c).reasons.map((r) => r.id);
const post = (postTitle: string) => ({ postTitle, permalink: 'https://blog.example.org/2026/12/post' });

describe('machine-written and padded spam is held', () => {
  const spam: Array<[string, CommentInput, string]> = [
    [
      'an LLM paraphrase under an author URL with no selling word',
      { content: 'This is a wonderfully comprehensive look at cold frames. Ventilation is crucial on sunny winter days, and many gardeners overlook it — additionally, a simple thermometer inside makes all the difference.', author: { name: 'Amelia Ward', url: 'https://thymeandtrowel.example.com' }, target: post('Building a cold frame from old windows') },
      'AUTHOR_URL_MACHINE_COMMENT',
    ],
    [
      'the author in the third person, with a question',
      { content: 'The author clearly understands how overwhelming a first kitchen remodel can be. The breakdown of budgeting priorities is invaluable, and the emphasis on lighting is particularly insightful for homeowners. Have you considered a follow-up on flooring?', author: { name: 'Nathan | Remodel Notes', url: 'https://remodelnotes.example.net' }, target: post('Our first kitchen remodel') },
      'AUTHOR_URL_MACHINE_COMMENT',
    ],
    [
      'a business name fronting its own site',
      { content: 'Insightful overview of heat pumps. Proper sizing is essential, and it is worth noting that many homeowners underestimate the importance of insulation — truly valuable advice.', author: { name: 'Liam @ WarmNest', url: 'https://warmnest.example.com' }, target: post('Living with a heat pump: year one') },
      'AUTHOR_URL_MACHINE_COMMENT',
    ],
    [
      'a product plug with no link',
      { content: 'Great advice for new parents! We used SleepWise, an app that tracks naps and feeds, and it has honestly been a lifesaver. Highly recommend it to anyone in the newborn fog.', target: post('Surviving the first three months with a newborn') },
      'TEXT_PRODUCT_PLUG',
    ],
    [
      'padded spun flattery with no URL',
      { content: 'Hey there! I have been browsing your website all morning and I must say the writing is excellent. You clearly care about your readers. I have bookmarked the blog and will definitely be back for more.', target: post('Building a cold frame from old windows') },
      'TEXT_SPUN_FLATTERY_PADDED',
    ],
  ];
  it.each(spam)('%s', (_name, c, rule) => {
    const v = moderator.check(c);
    expect(v.reasons.map((r) => r.id)).toContain(rule);
    expect(v.decision).not.toBe('ham');
  });

  const inquiries: Array<[string, string]> = [
    ['Azerbaijani "how much"', 'Salam, qiymət nə qədərdir?'],
    ['Hebrew "the price" with its article', 'שלום, רציתי לדעת את המחיר שלך'],
    ['Arabic "I want to know"', 'مرحبا، أريد أن أعرف السعر'],
    ['the marketplace form', 'Hello, is this still available and how much?'],
  ];
  it.each(inquiries)('the price inquiry in %s is held', (_name, content) => {
    const v = moderator.check({ content, target: post('Restoring a teak sideboard') });
    expect(v.reasons.map((r) => r.id)).toContain('TEXT_PRICE_INQUIRY');
    expect(v.decision).not.toBe('ham');
  });

  const support: Array<[string, string]> = [
    ['spaced single digits', 'For Lufthansa booking changes ask a live representative: 1 - 8 0 0 - 5 5 5 - 0 1 2 4'],
    ['a WhatsApp billing desk', 'McAfee renewal refund: reach the billing desk on WhatsApp +44 7700 900456 today.'],
    ['Spanish technical support', 'Soporte técnico de Outlook: llame al +1 855 555 0133 las 24 horas.'],
  ];
  it.each(support)('a support line with %s is held', (_name, content) => {
    const v = moderator.check({ content });
    expect(v.reasons.map((r) => r.id)).toContain('TEXT_FAKE_SUPPORT');
    expect(v.decision).not.toBe('ham');
  });
});

describe('the look-alike ham stays ham, and no new rule fires on it', () => {
  const ham: Array<[string, CommentInput]> = [
    ['a reader\'s fluent comment with their own experience', { content: 'Really clear explanation. We hit the same issue with our cold frame last winter — the fix was propping the lid open on sunny days. Additionally, bubble wrap on the glass helped in January.', author: { name: 'Kenji', url: 'https://kenji-grows.example.jp' }, target: post('Building a cold frame from old windows') }],
    ['a reader\'s tip under their own site', { content: 'Great write-up. One thing worth adding for anyone in a windy spot: weigh the frame down, ours flipped over in a storm.', author: { name: 'Sara', url: 'https://plotnotes.example.dev' }, target: post('Building a cold frame from old windows') }],
    ['a reader recommending a tool they use', { content: 'I use Obsidian for exactly this and the daily notes plugin is great, saves me a lot of time.', target: post('How I keep a work log') }],
    ['a reader naming an app with a caveat', { content: 'Great post. I tried Anki, the app is a bit ugly but it really helped me memorize kanji.', target: post('Learning kanji as an adult') }],
    ['a French reader recommending free software', { content: 'Je recommande vivement LibreOffice, un logiciel libre qui fait tout ça très bien.', target: post('Quitter Microsoft Office') }],
    ['long thanks from a reader on a blog host', { content: 'Hello! I don\'t comment often but I wanted to say your blog has been a lovely companion this year. Your writing is warm and honest, and I always come back to read more. Thank you.', author: { name: 'Ellen', url: 'https://ellenreads.wordpress.com' }, target: post('Ten years of this little blog') }],
    ['long thanks greeting the owner by name', { content: 'Hi Sarah! I have been reading your blog for years and your posts always make my day. Thank you for all the work you put into it, I will keep coming back.', target: post('Ten years of this little blog') }],
    ['"how much?" on a for-sale post', { content: 'Hi, how much do you want for it?', target: post('For sale: my old road bike') }],
    ['a caller\'s own story without a number', { content: 'My mum got a call from "Microsoft support" last week, they wanted remote access. She hung up, thankfully.', target: post('Scams targeting older relatives') }],
  ];
  it.each(ham)('%s', (_name, c) => {
    const v = moderator.check(c);
    expect(v.decision).toBe('ham');
    expect(ids(c).filter((id) => NEW_RULES.includes(id))).toEqual([]);
  });
});
