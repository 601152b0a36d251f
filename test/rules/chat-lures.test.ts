// Session 10's chat and social-media rules on both sides: the testimonial crediting a third party,
// the contact lure, the easy-job terms, the chat market and the group invitation are held (rules
// only, untrained), each with the rule's own evidence; and the look-alikes readers write in chats
// and under posts (credit for a talk, a reply by @handle, "write me" between readers, a reader's own
// job, a bike for sale, a channel a reader follows) stay ham with none of these rules firing.
// Comments written for this test, in the languages the rules read.
import { describe, expect, it } from 'vitest';
import { createModerator } from '../../src/index.js';

const moderator = createModerator({ starter: false });
const NEW_RULES = ['TEXT_CREDITED_GAIN', 'TEXT_CONTACT_LURE', 'TEXT_JOB_TERMS', 'TEXT_CHAT_TRADE', 'TEXT_GROUP_INVITE'];

describe('chat and social-media spam is held, by the rule for its family', () => {
  const spam: Array<[string, string, RegExp]> = [
    ['TEXT_CREDITED_GAIN', 'So grateful to @example_fx_mona, my second payout arrived today', /party: @example_fx_mona; gain: payout; credited/],
    ['TEXT_CREDITED_GAIN', 'Благодаря @example_broker_vlad я вывел прибыль за две недели', /party: @example_broker_vlad; gain: вывел; credited/],
    ['TEXT_CREDITED_GAIN', 'My account manager Mr Osei made me 7k last month, contact him on Telegram', /party: manager; gain: 7k; reach/],
    ['TEXT_CONTACT_LURE', 'Кто хочет дополнительный доход, пишите в личку', /лс|личку; доход/],
    ['TEXT_CONTACT_LURE', 'Хто шукає роботу, кому потрібні гроші, пишіть мені', /пишіть мені; money or work/],
    ['TEXT_CONTACT_LURE', 'Want passive income from your phone? Link in bio', /in bio; income/],
    ['TEXT_JOB_TERMS', 'Нужны люди, без опыта, с телефона, от 3000 в день', /no experience: опыта/],
    ['TEXT_JOB_TERMS', 'Part-time, 18+, no experience, limited spots', /age: 18/],
    ['TEXT_CHAT_TRADE', 'Продам базы клиентов, свежие, пишите в телеграм', /продам: базы/],
    ['TEXT_CHAT_TRADE', 'Buying aged accounts, paying well, DM me', /buying: accounts/],
    ['TEXT_GROUP_INVITE', 'Переходите в наш закрытый канал, там сигналы каждый день', /переходите, канал, закрытый/],
  ];
  it.each(spam)('%s: %s', (rule, content, evidence) => {
    const v = moderator.check(content);
    expect(v.decision).not.toBe('ham');
    const hit = v.reasons.find((r) => r.id === rule);
    expect(hit, v.reasons.map((r) => r.id).join(', ')).toBeDefined();
    expect((hit?.evidence ?? []).join(' | ')).toMatch(evidence);
  });
});

describe('the chat look-alikes stay ham, and no session-10 chat rule fires on them', () => {
  const ham: string[] = [
    'Thanks to @example_host for the template, it made budgeting easier',
    '@example_ben I made the same trade last year and lost on it',
    'My advisor recommended a bond ladder and the returns were steady',
    'Благодаря докладу я понял, как работают очереди',
    'Кто хочет на митап в субботу, пишите мне',
    'The slides are linked in my profile if anyone wants them',
    'I work a few hours a day from home on my laptop',
    'Students over 18 can join, no experience needed',
    'Продам велосипед, почти новый, пишите в лс',
    'Подписался на их канал, там хорошие разборы',
    'Join the group call at 5, free for everyone',
    'Мошенники ищут дропов, будьте осторожны',
  ];
  it.each(ham)('%s', (content) => {
    const v = moderator.check(content);
    expect(v.decision).toBe('ham');
    expect(moderator.analyze(content).hits.map((h) => h.id).filter((id) => NEW_RULES.includes(id))).toEqual([]);
  });
});
