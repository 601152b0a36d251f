// Session 15's rule changes (docs/cold-start-session15.md): the link request paid in kind or asked
// about, the offer named by a verb with the seller's clientele, the site's own address and the
// owner greeted by role (TEXT_OWNER_PITCH), a starting price as the terms, and the price inquiry in
// more of its languages (TEXT_PRICE_INQUIRY), each with the look-alike ham that must stay silent.
// Untrained, rules only. Comments written for this test.
import { describe, expect, it } from 'vitest';
import type { CommentInput } from '../../src/index.js';
import { evidenceOf, ids, moderator, on } from './blog-queue-helpers.js';

/** A comment posted on a post of https://lakeside-bakes.example.net (the site's own address). */
const onSite = (content: string): CommentInput => ({
  content,
  author: { name: 'Sam', email: 'sam@mail.example.com' },
  target: { postTitle: 'Sourdough on a cold morning', permalink: 'https://lakeside-bakes.example.net/2026/12/cold-sourdough' },
});


describe('each change fires on the spam it was written for', () => {
  it.each([
    // The link request paid in kind, in a sum, or asked about (the owner's terms).
    ['in return', on('Pruning plum trees', 'Hi, could you add a link to our orchard care guide inside your pruning article? We will happily feature your blog in our newsletter in return.')],
    ['favour', on('Pruning plum trees', 'Hello, our tree guide would suit your readers; would you mind linking it from your post? Happy to return the favour on our site.')],
    ['a sum', on('Pruning plum trees', 'Hello, we would like a link placement in one of your older posts pointing to a garden tools page. We offer $35 for the edit. Would that work?')],
    ['charge', on('Pruning plum trees', 'Hi, I am looking to buy a contextual link placement on your blog for a client of mine. What do you charge for that?')],
    ['pay offered', on('Pruning plum trees', 'Hi! Would you consider adding a link to this fruit tree resource in your third paragraph? Happy to pay a small editing fee for your time.')],
  ])('TEXT_OWNER_PITCH: the link deal (%s)', (deal, c) => {
    expect(evidenceOf(c, 'TEXT_OWNER_PITCH')).toContain(deal);
    expect(moderator.check(c).decision).not.toBe('ham');
  });

  it.each([
    // The seller's clientele stands for "your website" when the pitch says only "you".
    ['clientele "for holiday cottages"', on('Our new walking map', 'Would you like more guests this autumn? We run Google ad campaigns for holiday cottages and only charge for enquiries. Free for a short call this week?')],
    // The verb names the trade ("our team can rebuild"), no trade noun needed.
    ['"team can rebuild"', on('Minutes of the spring meeting', 'Hello, your club site is slow on phones. Our team can rebuild it on a faster platform within two weeks. Shall I send a short proposal?')],
    // The site's own address named in the text.
    ["the site's own address", onSite('Hello, I looked at lakeside-bakes.example.net and it hardly shows on Google for local searches. Our agency builds SEO plans for bakeries. Would you be open to a chat?')],
    // The owner greeted by role, and a starting price as the terms.
    ['"dear owner"', on('The function room is free again', 'Dear owner, we run a venue platform with many weekly visitors. List your hall with us from only €15 per month and get more bookings.')],
  ])('TEXT_OWNER_PITCH: the pitch (%s)', (evidence, c) => {
    expect(evidenceOf(c, 'TEXT_OWNER_PITCH')).toContain(evidence.replace(/^clientele /, ''));
    expect(moderator.check(c).decision).not.toBe('ham');
  });

  it.each([
    on('Lambing diary', 'Dia duit, ba mhaith liom do phraghas a fháil amach.'),
    on('Lambing diary', 'Hej, jag undrar vad ni tar betalt?'),
    on('Lambing diary', 'Buenas, ¿cuánto cobran por esto?'),
    on('Lambing diary', 'Hallo, wat zijn jullie tarieven eigenlijk?'),
    on('Lambing diary', 'Hi, I am curious to learn your price.'),
  ])('TEXT_PRICE_INQUIRY: %#', (c) => {
    expect(ids(c)).toContain('TEXT_PRICE_INQUIRY');
  });
});

describe('silent: readers and businesses who use the same words', () => {
  it.each([
    // A reader who asks for a link and offers nothing back.
    on('Notes from the club talk', 'Could you add a link to the slides in your post? Several of us missed the talk and would love to read them.'),
    // A reader who asks whether a link was paid for (the past, no offer).
    on('Painting the garden shed', 'Was the link to the paint shop in your post sponsored? Did they pay you for it? I just like to know.'),
    // A club asking for its lost link back: "return" is not "in return".
    on('Local clubs we love', 'Could you return the link to our club page in your post? It vanished after your redesign and our members used it.'),
    // Two choirs swapping concert dates, no link, no money.
    on('Our autumn concert', 'Would your choir fancy a swap of dates next spring? We could sing at your autumn evening and you could join our carol night. No money involved.'),
  ])('TEXT_OWNER_PITCH: a reader asking about links %#', (c) => {
    expect(ids(c)).not.toContain('TEXT_OWNER_PITCH');
    expect(moderator.check(c).decision).toBe('ham');
  });

  it.each([
    // A business reader who says what they do "for beginners" under the post's topic: a determiner-free
    // clientele, but no trade noun, and the post's own subject.
    on('Glaze tests from the last firing', 'We run pottery classes for beginners and your glaze notes answered a question our students ask every week. Would you like a photo for the post?'),
    // The site's address with a path: a reader linking a post.
    onSite('I wrote up the same cold-proof schedule last winter: lakeside-bakes.example.net/2025/01/cold-proof is the post if anyone wants it. Would you like me to send the chart?'),
    // A reader greeting the admin about a bug.
    on('Pruning plum trees', 'Dear admin, the comment form loses my text when I preview it on my phone. Could you check it? Thanks, lovely post as always.'),
    // "We" doing the work for the reader's own people ("for our members"), not a clientele.
    on('Our new walking map', 'Would you like a copy of the map for the hall? We print walking maps for our members every spring and could send a few.'),
  ])('TEXT_OWNER_PITCH: a reader or a neighbour %#', (c) => {
    expect(ids(c)).not.toContain('TEXT_OWNER_PITCH');
    expect(moderator.check(c).decision).toBe('ham');
  });

  it.each([
    // "I wrote about the price" names things: a reader's note.
    on('Lambing diary', 'I wrote about the price of feed for lambs last winter on my own blog, it doubled.'),
    // Swedish "what do they charge" about the post's own vet.
    on('Veterinären i Lund', 'Vad tar veterinären i Lund betalt för ett besök nuförtiden, vet någon?'),
  ])('TEXT_PRICE_INQUIRY: a reader %#', (c) => {
    expect(ids(c)).not.toContain('TEXT_PRICE_INQUIRY');
  });
});
