// Session 12's rule for the generated on-topic comment under a business author URL
// (AUTHOR_URL_TOPIC_PRAISE, on-topic-praise.ts), on both sides: the family is held in the languages
// it is generated in, and the readers it most resembles (a business owner who says what they do, a
// reader with a question, a reader citing a source, a reader's own blog, the same praise with no
// author URL) stay ham with the rule silent. Untrained, rules only. Comments written for this test.
import { describe, expect, it } from 'vitest';
import type { CommentInput } from '../../src/index.js';
import { createModerator } from '../../src/index.js';

const moderator = createModerator({ starter: false });
const RULE = 'AUTHOR_URL_TOPIC_PRAISE';
const ids = (c: CommentInput): string[] => moderator.check(c).reasons.map((r) => r.id);
const on = (postTitle: string, content: string, name?: string, url?: string): CommentInput => ({
  content,
  ...(name === undefined ? {} : { author: { name, url: url ?? '' } }),
  target: { postTitle, permalink: 'https://blog.example.org/2026/12/post' },
});

describe('the generated on-topic comment under a business URL is held', () => {
  const spam: Array<[string, CommentInput]> = [
    ['English, plain words, a closing "!"', on('Descaling a kettle with citric acid', 'Descaling a kettle with citric acid is such a simple habit, and this guide explains the ratios wonderfully. Everyone with hard water should try it!', 'Grace Lin', 'https://waterfilters-store.example.com')],
    ['Dutch, thanks and a grade', on('Een moestuin op het balkon', 'Wat een duidelijke uitleg over een moestuin op het balkon. Veel beginners vergeten de wind, en deze tips zijn altijd nuttig. Bedankt voor het delen!', 'Sanne de Vries', 'https://tuinmeubelen-outlet.example.nl')],
    ['Italian, a general truth and thanks', on('Il lievito madre in inverno', 'Articolo molto completo sul lievito madre in inverno! Molti principianti sottovalutano la temperatura, e questi consigli sono sempre preziosi. Grazie per la condivisione.', 'Giulia Rossi', 'https://forni-elettrici.example.it/offerte')],
    ['Russian, thanks and a grade', on('Как ухаживать за орхидеей зимой', 'Очень полезная статья про орхидеи зимой, всё подробно и понятно. Многие забывают про влажность воздуха. Спасибо за советы!', 'Ольга Смирнова', 'https://cvety-dostavka.example.ru')],
  ];
  it.each(spam)('%s', (_name, c) => {
    const v = moderator.check(c);
    expect(v.reasons.map((r) => r.id)).toContain(RULE);
    expect(v.decision).not.toBe('ham');
  });

  it('holds, never decides spam by itself', () => {
    const c = on('Descaling a kettle with citric acid', 'Descaling a kettle with citric acid is such a simple habit, and this guide explains the ratios clearly. Thanks!', 'Grace Lin', 'https://kettlecare.example.com');
    const v = moderator.check(c);
    expect(v.reasons.map((r) => r.id)).toEqual([RULE]);
    expect(v.decision).toBe('moderate');
  });
});

describe('the readers it resembles stay ham and the rule stays silent', () => {
  const ham: Array<[string, CommentInput]> = [
    ['a business owner saying what they do', on('Descaling a kettle with citric acid', 'Such a useful guide! We descale about forty office kettles a month and citric acid works best, always rinse twice afterwards.', 'Dev at BrightOffice Cleaning', 'https://brightoffice.example.com')],
    ['a reader with a question under a shop URL', on('Descaling a kettle with citric acid', 'Great guide to descaling, really clear. Does citric acid also work on a glass kettle with a steel element, or is vinegar safer there? Thanks!', 'Ben', 'https://kitchen-bits.example.com')],
    ['a reader citing a source in the body', on('Descaling a kettle with citric acid', 'Great guide to descaling. Anyone curious about why it works can read the chemistry here, it is always worth knowing: https://en.wikipedia.org/wiki/Citric_acid', 'Mo')],
    ['a reader whose own blog is on a blog host', on('Descaling a kettle with citric acid', 'Descaling a kettle with citric acid is such a simple habit, and this guide explains the ratios wonderfully. Everyone with hard water should try it!', 'Grace', 'https://gracecooks.wordpress.com')],
    ['the same praise with no link at all', on('Descaling a kettle with citric acid', 'Descaling a kettle with citric acid is such a simple habit, and this guide explains the ratios wonderfully. Everyone with hard water should try it!')],
    ['a reader\'s own figure', on('Descaling a kettle with citric acid', 'Great guide to descaling, so much cheaper than tablets. Two spoons in 500 ml did the job for a whole year of hard water!', 'Nadia', 'https://lowcostliving.example.org')],
    ['a short thanks under a business URL', on('Descaling a kettle with citric acid', 'Great kettle descaling guide, thanks!', 'Ana', 'https://cleaning-supplies.example.com')],
    ['German reader with their own case', on('Fahrradständer selbst bauen', 'Toller Beitrag zum Fahrradständer! Ich habe ihn letzten Sommer aus Lärchenholz gebaut, er steht immer noch gerade.', 'Jörg', 'https://holzwerkstatt.example.de')],
  ];
  it.each(ham)('%s', (_name, c) => {
    expect(ids(c)).not.toContain(RULE);
    expect(moderator.check(c).decision).not.toBe('spam');
  });
});
