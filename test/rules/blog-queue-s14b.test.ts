// Session 14b's rule changes (docs/cold-start-session14b.md): the unaddressed spun compliment in a
// language that drops "you" (TEXT_SPUN_FLATTERY), the one-person owner pitch ("I can …") and a rate
// as its close (TEXT_OWNER_PITCH), Chinese "done for you" adverts (TEXT_SHOP_ADVERT) and praise with
// an invitation to the writer's own site (AUTHOR_URL_VISIT_INVITE), each with the look-alike ham
// that must stay silent. Untrained, rules only. Comments written for this test.
import { describe, expect, it } from 'vitest';
import { ids, moderator, on } from './blog-queue-helpers.js';

describe('each change fires on the spam it was written for', () => {
  it.each([
    ['TEXT_SPUN_FLATTERY', on('Repotting an orchid', 'Výborný příspěvek a moc pěkně napsaný, přidávám si stránku do záložek a určitě se vrátím.')],
    ['TEXT_SPUN_FLATTERY', on('Repotting an orchid', 'Articolo molto utile e scritto bene, lo salvo nei preferiti e tornerò presto a leggere.')],
    ['TEXT_OWNER_PITCH', on('Spring opening hours', 'Hello, I checked your website and it barely shows up on Google. I can bring you more visitors with a simple monthly plan for local shops. Interested?')],
    ['TEXT_OWNER_PITCH', on('Spring opening hours', 'Hi, I can run your Facebook and Instagram ad campaigns for the whole season, $180 a month, so your shop fills up every weekend.')],
    ['TEXT_SHOP_ADVERT', on('Spring opening hours', '代办各国签证，价格实惠，加微信咨询。')],
  ])('%s', (id, c) => {
    expect(ids(c)).toContain(id);
  });

  it.each([
    on('Repotting an orchid', 'Schöner Artikel, vielen Dank! Besuchen Sie auch unsere Seite über Gartenbau.', 'https://gartenbau-meier.example.de'),
    on('Repotting an orchid', 'Çok güzel bir yazı, teşekkürler. Bahçe işleri için sitemize göz atın.', 'https://bahce-hizmet.example.com.tr'),
  ])('AUTHOR_URL_VISIT_INVITE holds %#', (c) => {
    expect(ids(c)).toContain('AUTHOR_URL_VISIT_INVITE');
    expect(moderator.check(c).decision).toBe('moderate');
  });
});

describe('silent: readers and businesses who use the same words', () => {
  it.each([
    // A reader's short English thanks with a promise and their own plan (no "you", under 20 words).
    ['TEXT_SPUN_FLATTERY', on('Repotting an orchid', 'Great article, bookmarked! Trying it on my windowsill plant this Sunday with fresh bark.')],
    // The same family in Czech, but naming the post's topic.
    ['TEXT_SPUN_FLATTERY', on('Jak přesadit orchidej', 'Výborný příspěvek o orchidejích, přidávám si stránku do záložek a určitě se vrátím.')],
    // A reader who says "I can help" to the owner's club, with no trade of their own.
    ['TEXT_OWNER_PITCH', on('Spring opening hours', 'Your club page says you need volunteers for the spring fair. I can help on Saturday, shall I bring the tables?')],
    // A reader quoting what they paid, no seller.
    ['TEXT_OWNER_PITCH', on('Spring opening hours', 'Your shop is lovely. We paid $40 for the ad in the parish newsletter, worth it for the campaign?')],
    // A reader pointing to their own blog on a blog host.
    ['AUTHOR_URL_VISIT_INVITE', on('Repotting an orchid', 'Lovely article, thank you. Visit my blog some time for the photos.', 'https://samgrows.wordpress.com')],
    // A business owner who names the post's topic and what they did.
    ['AUTHOR_URL_VISIT_INVITE', on('Repotting an orchid', 'Great tips on orchid bark; our nursery repots in March too. Visit our shop if you need bark.', 'https://orchid-nursery.example.com')],
  ])('%s', (id, c) => {
    expect(ids(c)).not.toContain(id);
    expect(moderator.check(c).decision).not.toBe('spam');
  });
});
