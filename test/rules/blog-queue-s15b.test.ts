// Session 15b's rule changes (docs/cold-start-session15b.md): a comment with nothing in the first
// person under a stranger's site is one sign of AUTHOR_URL_TOPIC_PRAISE; a name in another script
// with a bare mailbox leaves whose the site is unknown (siteIdentity); spun flattery with no praise
// word but a greeting and a promise (TEXT_SPUN_FLATTERY); the family's words in Galician and
// Albanian. Each with the look-alike ham that must stay silent. Untrained, rules only. Comments
// written for this test.
import { describe, expect, it } from 'vitest';
import type { CommentInput } from '../../src/index.js';
import { ids, moderator, on } from './blog-queue-helpers.js';

const signed = (postTitle: string, content: string, name: string, email: string, url: string): CommentInput => ({
  content,
  author: { name, email, url },
  target: { postTitle, permalink: 'https://notes.example.net/2026/12/post' },
});

describe('each change holds the spam it was written for', () => {
  it.each([
    ['AUTHOR_URL_TOPIC_PRAISE', signed('Sharpening a chisel on water stones', 'A chisel only holds a keen edge once the back is flattened on the coarse stone first. Skipping that step leaves a rounded edge that no honing will fix.', 'Ruth Kemp', 'ruth.kemp61@gmail.com', 'https://toolshedsupplies.example.com')],
    ['AUTHOR_URL_TOPIC_PRAISE', signed('Zimowanie pelargonii w piwnicy', 'Pelargonie zimowane w chłodnej piwnicy potrzebują bardzo mało wody. Przycięte pędy szybciej wypuszczają nowe liście wiosną.', 'Anna Wrona', 'anna.wrona.pl@gmail.com', 'https://sklepogrodniczy.example.pl')],
    ['TEXT_SPUN_FLATTERY', on('Sharpening a chisel on water stones', 'Hello there! Found this blog by chance last night and kept reading. Bookmarked it and will be back for the next posts.', 'https://slimmingtea.example.com')],
    ['TEXT_SPUN_FLATTERY', on('Sharpening a chisel on water stones', 'Ola! Artigo marabilloso, gardei o teu sitio nos favoritos e volverei pronto.')],
    ['TEXT_SPUN_FLATTERY', on('Sharpening a chisel on water stones', 'Përshëndetje! Artikull shumë informues, faqja juaj është e mrekullueshme. Do të vij përsëri.')],
  ])('%s', (id, c) => {
    expect(ids(c)).toContain(id);
    // Spun flattery alone (2 points) holds only beside the author URL it carries.
    if (id !== 'TEXT_SPUN_FLATTERY' || (typeof c !== 'string' && c.author?.url)) expect(moderator.check(c).decision).toBe('moderate');
  });

  it('says why: nothing in the first person', () => {
    const c = signed('Sharpening a chisel on water stones', 'A chisel only holds a keen edge once the back is flattened on the coarse stone first. Skipping that step leaves a rounded edge that no honing will fix.', 'Ruth Kemp', 'ruth.kemp61@gmail.com', 'https://toolshedsupplies.example.com');
    const hit = moderator.analyze(c).hits.find((h) => h.id === 'AUTHOR_URL_TOPIC_PRAISE');
    expect(hit?.evidence.join(' ')).toContain('nothing in the first person');
  });
});

describe('silent: readers and businesses who say the same things', () => {
  it.each([
    // The same stranger's site, but the writer says what they did.
    ['AUTHOR_URL_TOPIC_PRAISE', signed('Sharpening a chisel on water stones', 'A chisel only holds a keen edge once the back is flattened. I skipped that step for years and wondered why the edge rounded over.', 'Ruth Kemp', 'ruth.kemp61@gmail.com', 'https://toolshedsupplies.example.com')],
    // A reader's own site named after them.
    ['AUTHOR_URL_TOPIC_PRAISE', signed('Sharpening a chisel on water stones', 'A chisel only holds a keen edge once the back is flattened on the coarse stone first. Skipping that step leaves a rounded edge that no honing will fix.', 'Ruth Kemp', 'ruth.kemp61@gmail.com', 'https://ruthkemp.example.com')],
    // A business in another script with a bare mailbox: pro-drop "we have a shop", not a stranger.
    ['AUTHOR_URL_TOPIC_PRAISE', signed('Зимуване на мушкато', 'Имаме малък магазин за семена наблизо и препоръчваме статията за мушкатото на клиентите. Мушкатото зимува добре на хладно.', 'Семена Роза', 'user5521@abv.example.bg', 'https://semenaroza.example.bg')],
    // A promise with no greeting, a greeting with no promise.
    ['TEXT_SPUN_FLATTERY', on('Sharpening a chisel on water stones', 'Found this blog by chance last night and kept reading. Bookmarked it and will be back for the next posts.')],
    ['TEXT_SPUN_FLATTERY', on('Sharpening a chisel on water stones', 'Hello there! Found this blog by chance last night and kept reading the older posts.')],
    // A greeting and a promise from a reader who names the post's topic.
    ['TEXT_SPUN_FLATTERY', on('Sharpening a chisel on water stones', 'Hi! Bookmarked this for when my water stones arrive next week.')],
  ])('%s %#', (id, c) => {
    expect(ids(c)).not.toContain(id);
    expect(moderator.check(c).decision).toBe('ham');
  });
});
