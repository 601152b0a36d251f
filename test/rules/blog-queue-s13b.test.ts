// Session 13b's blog-queue rules (docs/cold-start-session13b.md): the business advert in another
// language with no figure (TEXT_SHOP_ADVERT), the link placed for a business and pitched to readers
// (LINK_PLACED_PITCH), the dating card (TEXT_DATING_PROFILE) and the freelancer's offer of work
// (TEXT_SERVICE_OFFER), each held, with the look-alike ham that must stay silent. Untrained, rules
// only. Comments written for this test.
import { describe, expect, it } from 'vitest';
import { ids, moderator, on } from './blog-queue-helpers.js';

describe('held: each rule on the spam it was written for', () => {
  it.each([
    ['TEXT_SHOP_ADVERT', on('Fixing a dripping tap', 'Ремонт окон и дверей: быстро, недорого, с гарантией. Звоните!')],
    ['TEXT_SHOP_ADVERT', on('Fixing a dripping tap', 'Tuinhout voordelig en snel geleverd, bestel in onze webshop.', 'https://tuinhout.example.nl')],
    ['TEXT_SHOP_ADVERT', on('Fixing a dripping tap', '办公家具批发，全国包邮，欢迎咨询。')],
    ['LINK_PLACED_PITCH', on('Cleaning a wood burner glass', 'Soot on the glass usually means the fire is starved of air. For professional chimney sweeping, readers can visit https://sootaway.example.co.uk for certified sweeps.')],
    ['TEXT_DATING_PROFILE', on('Plum jam without pectin', 'Hi, I am Irina, 28, seeking a kind man for a serious relationship. My photos: https://irina-cards.example.top/irina')],
    ['TEXT_SERVICE_OFFER', on('Opening hours over Christmas', 'Hi, I am a virtual assistant and can answer your emails and bookings for $7 per hour. Would you like a free trial week?')],
  ])('%s', (id, c) => {
    expect(ids(c)).toContain(id);
    expect(moderator.check(c).decision).not.toBe('ham');
  });
});

describe('silent: readers who use the same words', () => {
  it.each([
    ['TEXT_SHOP_ADVERT', on('Fixing a dripping tap', 'Мы меняли окна в прошлом году, вышло недорого, но долго ждали мастера.')],
    ['TEXT_SHOP_ADVERT', on('Fixing a dripping tap', 'Wo kann man die Dichtungen günstig mit Lieferung kaufen?')],
    ['TEXT_SHOP_ADVERT', on('Fixing a dripping tap', 'Free delivery and the best price, so I ordered the washers. Call me a convert, the tap is fixed!')],
    ['LINK_PLACED_PITCH', on('Cleaning a wood burner glass', 'We had the same black glass; our sweep from https://sootaway.example.co.uk was professional and cheap, and the burner draws properly now.')],
    ['LINK_PLACED_PITCH', on('Cleaning a wood burner glass', 'For anyone in Wales, Sootaway are a certified firm and sweep for the whole valley: https://sootaway.example.co.uk')],
    ['LINK_PLACED_PITCH', on('Registering to vote', 'For readers who moved this year, the official register page explains the deadlines: https://www.gov.uk/register-to-vote')],
    ['TEXT_DATING_PROFILE', on('Plum jam without pectin', 'My photos of the jam jars are here, the plums were from the allotment: https://photos.example.net/sam/jam')],
    ['TEXT_SERVICE_OFFER', on('Teaching fractions with paper plates', 'I am a teaching assistant and your post was great; we used the pizza samples with Year 3 and they loved it.')],
  ])('%s', (id, c) => {
    expect(ids(c)).not.toContain(id);
    expect(moderator.check(c).decision).toBe('ham');
  });
});
