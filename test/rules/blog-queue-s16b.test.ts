// Session 16b's rule changes (docs/cold-start-session16b.md): owner pitches that name none of the
// owner's property (the terms quoted, the result the owner is asked to want, a call asked by a
// seller), the owner greeted by role, the imperative close, the seller signed in the author name or
// never saying "you"; foreign-language adverts read by their multi-word moves (Vietnamese
// syllables, stock phrases) and the inflections the one-word lists lacked. Each with the look-alike
// ham that must stay silent. Untrained, rules only. Comments written for this test.
import { describe, expect, it } from 'vitest';
import type { CommentInput } from '../../src/index.js';
import { evidenceOf, ids, moderator, on } from './blog-queue-helpers.js';

const signed = (name: string, postTitle: string, content: string): CommentInput => ({ content, author: { name, email: 'm@mail.example.com' }, target: { postTitle } });
const linked = (url: string, content: string): CommentInput => ({ content, author: { name: 'Lan', url }, target: { postTitle: 'Lambing diary' } });

describe('TEXT_OWNER_PITCH: each change fires on the pitch it was written for', () => {
  it.each([
    ['the terms "within 45 days"', on('Spring bulbs for shady borders', 'Hello, do you want more customers from local search? Our team can get your nursery into the map results within 45 days. Reply YES and I will send the plan.')],
    ['"hello seller"', on('Our new rehearsal space', 'Hello seller, your handmade bowls would do very well on Etsy abroad. We set up and promote Etsy shops for makers, fee only $199. Reply to start.')],
    ['"reply to"', on('Our new rehearsal space', 'Hello seller, your handmade bowls would do very well on Etsy abroad. We set up and promote Etsy shops for makers, fee only $199. Reply to start.')],
    ['"boost … your"', on('Potato varieties we trialled', 'Boost your farm shop with 5,000 real local followers for $39, delivered gradually so it looks natural. Packages from $19.')],
    ['"walkthrough"', on('Cleaning a fountain pen', 'Hi there, I noticed your home page loads slowly on phones. I specialise in speeding up WordPress sites. Happy to record a short video walkthrough for you.')],
    ['signed "Mia | RankCraft"', signed('Mia | RankCraft', 'Repairing a dry stone wall', 'Your listing could rank far higher for local searches. Fixing meta titles and schema for trades sites is my speciality. Shall I send a short report?')],
    ['"you want … visitors"', on('Rent for the hall', 'Quick question: do you want more visitors? Our team can bring targeted organic traffic from your region. Send me an email and I will share the case studies.')],
    ['the clientele "for small shops", no "you"', on('How we mend fishing nets', 'Hello, I write product descriptions and blog posts for small shops, $25 per article, delivered in 2 days. Reply with a topic and I will send a free sample.')],
    ['"interest" …?', on('Tuning the church organ', 'Dear choir director, would more listeners interest you? We grow social audiences for choirs and charge per follower gained. Book a demo this week?')],
    ['"book a call"', on('Tuning the church organ', 'Dear choir director, we grow social audiences for choirs and charge per follower gained. Book a call this week.')],
  ])('%s', (evidence, c) => {
    expect(evidenceOf(c, 'TEXT_OWNER_PITCH')).toContain(evidence);
    expect(moderator.check(c).decision).not.toBe('ham');
  });

  it.each([
    ['"rate"', on('Ferry timetable changes', 'Hi, do you accept sponsored posts on your blog? I have a client in the travel niche who needs placements. Please quote your rate.')],
    ['"collaboration"', on('Why gums bleed', 'Would you be open to a collaboration? I can write a guest piece, you publish it with my author bio.')],
  ])('the link deal (%s)', (deal, c) => {
    expect(evidenceOf(c, 'TEXT_OWNER_PITCH')).toContain(deal);
  });
});

describe('TEXT_OWNER_PITCH: silent on readers who use the same words', () => {
  it.each([
    // "Reply here" to arrange a lift, a fee split among readers.
    on('Our new rehearsal space', 'Reply here if you want a lift to the rehearsal on Friday, we have two free seats and the fee for the hall is split.'),
    // "Dear all", "we grow", "do you want more" of the reader's own seedlings.
    on('Seed swap this weekend', 'Dear all, thank you for the seed swap! We grow heritage tomatoes for the allotment and I can bring seedlings. Do you want more of the yellow ones?'),
    // A sum a reader saved, "book directly".
    on('Night trains to Italy', 'Tip for anyone booking: midweek trains were €40 cheaper for us. Book directly with the operator and check the strike calendar before you go.'),
    // A reader's own site built by a developer for a fee, asking the owner a question.
    on('Choosing a theme for a club site', 'Your club site looks great now! Our team built ours with the same theme; it took us 2 weeks and the developer charged a small fee. Would you share which plugin you used for the calendar?'),
    // A code host's packages folder and a developer docs host: URL words are not the pitch's terms or trade.
    on('Moving the blog to a new host', 'Did you look at the packages folder of the monorepo for the build step? We moved ours to it: https://github.com/vitejs/vite/tree/main/packages and the developer docs at https://developer.mozilla.org/ are good too.'),
    // "Dear diary", and a reader who would love to publish their own notes with a link.
    on('Dear diary: week one of the allotment', 'Dear diary indeed, what a week. I would love to publish my own plot notes one day, maybe with a link to yours if you do not mind?'),
  ])('%#', (c) => {
    expect(ids(c)).not.toContain('TEXT_OWNER_PITCH');
    expect(moderator.check(c).decision).toBe('ham');
  });
});

describe('TEXT_SHOP_ADVERT: foreign-language adverts by their moves', () => {
  it.each([
    ['"gia re"', linked('https://giadung.example.vn', 'Bên mình chuyên cung cấp đồ gia dụng nhập khẩu giá rẻ, giao hàng toàn quốc, liên hệ ngay để được tư vấn miễn phí.')],
    ['"tham khao them"', linked('https://noithat.example.vn', 'Bài viết rất hay, cảm ơn bạn. Tham khảo thêm tại website của chúng tôi nhé.')],
    ['"satin"', linked('https://parfum.example.com.tr', 'Ucuz ve hızlı kargo ile orijinal parfüm satın al, hemen teslimat.')],
    ['"kostenloses"', linked('https://umzug.example.de', 'Wir bieten günstige Umzüge in ganz Bayern an, jetzt kostenloses Angebot anfordern.')],
    ['"تخفیف"', linked('https://arayesh.example.ir', 'خرید لوازم آرایشی با تخفیف ویژه و ارسال رایگان به سراسر کشور، همین حالا سفارش دهید.')],
  ])('%s', (word, c) => {
    expect(evidenceOf(c, 'TEXT_SHOP_ADVERT')).toContain(word);
    expect(moderator.check(c).decision).not.toBe('ham');
  });

  it('TEXT_COMMERCIAL_AD reads the lender\'s "оформите"', () => {
    expect(evidenceOf(linked('https://zaim.example.ru', 'Кредит на карту без справок за 10 минут, оформите заявку онлайн.'), 'TEXT_COMMERCIAL_AD')).toContain('оформите');
  });

  it.each([
    // A Vietnamese reader's recipe note and story (contact, company, consultation: no link, no offer).
    { content: 'Cảm ơn bạn, mình đã nấu theo công thức này và cả nhà khen ngon. Nước dùng trong, thơm mùi quế và hồi.', target: { postTitle: 'Phở bò nấu thế nào cho ngon' } },
    { content: 'Mình đã liên hệ với công ty chuyển nhà năm ngoái, họ tư vấn kỹ lắm. Bài viết này giúp mình nhớ lại nhiều thứ.', target: { postTitle: 'Chuyển nhà không mệt' } },
    // A Turkish reader who mentions shipping, a French reader's "découvrez aussi", a German club's free courses.
    { content: 'Çok güzel bir yazı, teşekkürler! Biz de geçen yıl balkonda domates yetiştirdik, kargo ile gelen tohumlar iyi çıktı.', target: { postTitle: 'Kış bahçesi için ipuçları' } },
    { content: 'Très belle recette, merci ! Découvrez aussi la version à la cannelle, ma grand-mère la faisait chaque dimanche.', target: { postTitle: 'Recette de la tarte aux pommes' } },
    { content: 'Danke für den Beitrag! Wir bieten in unserem Verein kostenlose Backkurse für Kinder an, vielleicht eine Idee für euch.', target: { postTitle: 'Wie man Sauerteig ansetzt' } },
  ] as CommentInput[])('silent: %#', (c) => {
    expect(ids(c)).not.toContain('TEXT_SHOP_ADVERT');
    expect(moderator.check(c).decision).toBe('ham');
  });
});
