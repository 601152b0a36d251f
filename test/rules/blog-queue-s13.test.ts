// Session 13 on the blog queue (docs/cold-start-session13.md): the advert written wholly in another
// script than the post (TEXT_OTHER_SCRIPT_ADVERT), the brand glued to a CJK descriptor as the author
// name (no longer read as a person's own site), and short praise in the languages added to the
// praise, work and promise classes under a selling author URL. Each held, with the look-alike ham
// that must stay ham. Untrained, rules only. Comments written for this test.
import { describe, expect, it } from 'vitest';
import type { CommentInput } from '../../src/index.js';
import { createModerator } from '../../src/index.js';

const moderator = createModerator({ starter: false });
const ids = (c: CommentInput): string[] => moderator.check(c).reasons.map((r) => r.id);
const on = (postTitle: string, content: string, name = 'Sam', url = ''): CommentInput => ({ content, author: { name, url }, target: { postTitle } });

describe('an advert in another script than the post, carrying its site, is held', () => {
  it.each([
    ['Russian under an English post, author URL', on('Mending a leaking garden hose', 'Ремонт стиральных машин на дому, выезд мастера в день обращения, гарантия на работу.', 'Мастер', 'https://remont-mashin.example.ru')],
    ['Arabic under an English post, one body link', on('Mending a leaking garden hose', 'أفضل شركة لتركيب المظلات والسواتر بأسعار منافسة https://mazallat.example.sa')],
    ['Chinese under a Korean post', on('겨울철 보일러 점검 방법', '专业代办签证，快速出签，价格优惠。', '小王', 'https://qianzheng-daiban.example.cn')],
    ['Hindi under an English post', on('Mending a leaking garden hose', 'सबसे सस्ता होम लोन, तुरंत मंजूरी, आज ही आवेदन करें।', 'Loan', 'https://sasta-loan.example.in')],
  ])('%s', (_name, c) => {
    expect(ids(c)).toContain('TEXT_OTHER_SCRIPT_ADVERT');
    // Held by the rule alone; the loan advert's own words make it spam.
    expect(moderator.check(c).decision).not.toBe('ham');
  });
});

describe('readers writing in another script stay ham with the rule silent', () => {
  it.each([
    ['thanks with no link', on('Mending a leaking garden hose', 'Спасибо, очень помогло, шланг больше не течёт.')],
    ['a blog on a Korean blog host', on('Mending a leaking garden hose', '좋은 글 감사합니다. 저도 같은 방법으로 고쳤어요.', '지수', 'https://jisu.tistory.com')],
    ['a site named after the reader', on('Mending a leaking garden hose', 'Спасибо, очень помогло, шланг больше не течёт.', 'Olga Petrova', 'https://olgapetrova.example.ru')],
    ['technical names in Latin script', on('Profiling a slow Django view', 'django-debug-toolbar と cProfile で遅いクエリを見つけました。ありがとうございます。', 'Taro', 'https://taro-dev.example.jp')],
    ['a well-known link', on('Profiling a slow Django view', '官方文档写得很清楚：https://docs.djangoproject.com/en/5.1/topics/db/optimization/')],
    ['the post is in the same script', on('Как починить садовый шланг', 'Ремонт стиральных машин на дому, выезд мастера в день обращения.', 'Мастер', 'https://remont-mashin.example.ru')],
  ])('%s', (_name, c) => {
    expect(ids(c)).not.toContain('TEXT_OTHER_SCRIPT_ADVERT');
    expect(moderator.check(c).decision).toBe('ham');
  });
});

describe('a Latin brand glued to a CJK descriptor is a business name, not a person', () => {
  it('its host is promoted: short praise under it is held', () => {
    const c = on('Mending a leaking garden hose', '很有用，谢谢分享！', 'Zoom会议下载', 'https://zoom-xiazai.example.cn');
    expect(ids(c)).toContain('TEXT_OTHER_SCRIPT_ADVERT');
    expect(moderator.check(c).decision).toBe('moderate');
  });
  it('a reader who writes both names apart keeps their own site', () => {
    const c = on('Mending a leaking garden hose', '很有用，谢谢分享！', 'Wei 伟', 'https://wei.example.cn');
    expect(moderator.check(c).decision).toBe('ham');
  });
});

describe('short praise in the added languages under a selling author URL is held', () => {
  it.each([
    ['Romanian', on('Cum am reparat furtunul de grădină', 'Un articol excelent și foarte util!', 'Andrei', 'https://ieftin-magazin-online.example.ro')],
    ['Czech', on('Jak opravit zahradní hadici', 'Moc pěkný a užitečný článek, díky.', 'Pavel', 'https://levne-pujcky.example.cz')],
    ['Ukrainian', on('Як полагодити садовий шланг', 'Цікава стаття, дякую!', 'Ірина', 'https://kredyt-shvydko.example.ua')],
  ])('%s', (_name, c) => {
    expect(ids(c)).toEqual(expect.arrayContaining(['AUTHOR_URL_GENERIC_COMMENT', 'AUTHOR_URL_SELLING_PRAISE']));
    expect(moderator.check(c).decision).toBe('moderate');
  });
  it.each([
    ['Romanian, a personal site', on('Cum am reparat furtunul de grădină', 'Un articol excelent și foarte util!', 'Andrei Ionescu', 'https://andreiionescu.example.ro')],
    ['Czech, with their own case', on('Jak opravit zahradní hadici', 'Pěkný článek, já jsem hadici opravil spojkou za 40 Kč a drží.', 'Pavel', 'https://levne-pujcky.example.cz')],
    ['Ukrainian, no URL', on('Як полагодити садовий шланг', 'Цікава стаття, дякую!')],
  ])('%s stays ham', (_name, c) => {
    expect(moderator.check(c).decision).toBe('ham');
  });
});

describe('an owner pitch that closes without a question is held', () => {
  const by = (content: string): CommentInput => ({ content, author: { name: 'Alex', email: 'alex@mail.example.com' }, target: { postTitle: 'Pressing flowers for cards' } });
  it.each([
    ['"reply if interested"', by('Hi, I looked at your website and it barely shows up on Google for local searches. We are a small agency doing SEO and redesigns for craft shops. Reply if interested and I will send samples.')],
    ['a free trial', by('Dear owner, visitors leave your site without buying every day. Our team installs a chat assistant that turns them into leads, with a free trial this month.')],
  ])('%s', (_name, c) => {
    expect(ids(c)).toContain('TEXT_OWNER_PITCH');
    expect(moderator.check(c).decision).not.toBe('ham');
  });
  it.each([
    ['a reader interested in a workshop', by('Your website is where I found the class list. I am interested in the pressed-flower workshop; our book club would like to come as a group.')],
    ['a reader who asks for a quote for their own job', by('Lovely cards. We had a printer quote us for wedding invitations like these and your site gave us the idea to press our own.')],
  ])('%s stays ham', (_name, c) => {
    expect(ids(c)).not.toContain('TEXT_OWNER_PITCH');
    expect(moderator.check(c).decision).toBe('ham');
  });
});

// Second pass (after reading set 7): LINK_RESOURCE_PLUG.
describe('an on-topic comment that ends on a link to a shop\'s guide is held', () => {
  const on2 = (content: string): CommentInput => ({ content, author: { name: 'Jo' }, target: { postTitle: 'Re-glazing an old sash window' } });
  it.each([
    ['a generic audience', on2('Re-glazing a sash window takes patience with the putty. Anyone tackling several windows can compare glazing kits at https://window-parts.example.com/glazing-kits')],
    ['"our" guide', on2('Sash windows are worth saving rather than replacing. Our step-by-step guide covers the putty stage: https://sash-supplies.example.co.uk/blog/putty-guide')],
  ])('%s', (_name, c) => {
    expect(ids(c)).toContain('LINK_RESOURCE_PLUG');
    expect(moderator.check(c).decision).toBe('moderate');
  });
  it.each([
    ['the reader\'s own case', on2('Re-glazing my sash window took a weekend; the putty I used was from https://window-parts.example.com/putty')],
    ['a question', on2('Anyone re-glazing a sash window: is this glazing kit any good? https://window-parts.example.com/glazing-kits')],
    ['a non-profit source', on2('Sash windows in listed buildings need consent first; anyone unsure should read https://heritage-trust.example.org.uk/sash-windows')],
    ['a link in the middle', on2('Anyone re-glazing a sash window can compare https://window-parts.example.com/glazing-kits with linseed putty, which lasts longer.')],
  ])('%s stays ham', (_name, c) => {
    expect(ids(c)).not.toContain('LINK_RESOURCE_PLUG');
    expect(moderator.check(c).decision).toBe('ham');
  });
  it('a home page leaves it silent (AUTHOR_URL_PARAPHRASE_COMMENT reads that one on its own)', () => {
    expect(ids(on2('Sash windows need the right putty; anyone local can ask the restoration workshop at https://sash-workshop.example.co.uk'))).not.toContain('LINK_RESOURCE_PLUG');
  });
});

// Found by the thirteenth blind set (a reader's tip about a campsite's electric hook-up was decided
// spam by the default moderator: the hyphen joined to an adult word, read as a disguise and as adult
// vocabulary). 'hookup' is everyday English for a supply point, so it left the adult vocabulary;
// adult adverts carry its other words, and dating invitations their own rule. Comments written for
// this test.
describe("'hookup' in its everyday sense is not adult vocabulary", () => {
  const everyday = createModerator();
  it.each([
    ['a caravan pitch', on('Choosing a caravan pitch for winter', 'Book a pitch with an electric hook-up if you plan to run a fan heater; ours tripped twice on a 6A supply.')],
    ['a washing machine', on('Plumbing in a washing machine', 'The cold water hookup behind ours was a push-fit valve, so no soldering was needed.')],
    ['hookup wire', on('A first soldering kit', 'Solid-core hookup wire is easier on a breadboard than stranded, and it keeps its shape.')],
  ])('%s stays ham, with neither rule', (_name, c) => {
    expect(ids(c)).not.toContain('OBFUSCATION_SPAM_WORD');
    expect(ids(c)).not.toContain('TEXT_ADULT');
    expect(everyday.check(c).decision).toBe('ham');
  });
  it('beside a shopping word it stays ham, with neither rule', () => {
    const c = on('A first soldering kit', 'Solid-core hookup wire is easier on a breadboard than stranded; buy a few colours.');
    expect(ids(c)).not.toContain('OBFUSCATION_SPAM_WORD');
    expect(ids(c)).not.toContain('TEXT_ADULT');
    expect(everyday.check(c).decision).toBe('ham');
  });
  it.each([
    ['with another adult word', on('A first soldering kit', 'Lonely tonight? Sexy singles near you want a hookup, join free.')],
    ['disguised with a second adult word', on('A first soldering kit', 'Free h-o-o-k-u-p and webcam sex chat tonight')],
  ])('%s is still read as adult', (_name, c) => {
    expect(ids(c).some((id) => id === 'TEXT_ADULT' || id === 'OBFUSCATION_SPAM_WORD')).toBe(true);
    expect(everyday.check(c).decision).not.toBe('ham');
  });
});
