// Day one on a real site, the ham side of session 5's weak signals (TEXT_PRIVATE_CONTACT,
// TEXT_OFFER_ROLES, TEXT_HANDLE_REFERRAL): everyday sentences a blog gets that use their words (a
// request to write privately, a handle beside a trust word, remote work and pay, a call for
// volunteers). Written for the project; none shares four words in a row with a corpus comment.
// Rules alone hold none of them (each signal is 1 point, and the two readings that used to add up
// with TEXT_CONTACT_HANDLE and TEXT_WORK_OFFER now do not); with the opt-in starter none is decided
// spam, and the ones it holds are listed, so a change that holds more of them fails here.
import { describe, expect, it } from 'vitest';
import { createModerator } from '../../src/index.js';

const EVERYDAY: readonly string[] = [
  'If the fix does not work for you, DM me the stack trace and I will take a look',
  'More details on the benchmark setup are in the repo, or message me on Telegram',
  'Thanks @example_ops, the runbook is legit useful',
  'Contact @example_garden_club for a plot, they have a waiting list',
  'I work remotely and the pay is fine, but I miss the office chats',
  'We are hiring a remote SRE, the job post has the details',
  'Подробности конфигурации есть в документации, если что, пишите в личку',
  'Условия конкурса на сайте, вопросы можно в директ',
  'Работаю удалённо, зарплата нормальная, но скучаю по офису',
  'Ищем волонтёров на фестиваль, пишите мне в телеграм',
  'Спасибо @example_dev, проверенный способ, у меня тоже заработало',
  'Más información sobre el taller en la web, o escríbeme por privado',
  'Trabajo desde casa hace años y el sueldo alcanza',
  'Happy to share the slides, inbox me, they have more details than the post',
  'The details are in my DMs, I will paste them here tonight',
  'Mais informações sobre a horta no site, ou me chama no WhatsApp',
];

/**
 * Held with the starter on (measured in session 5, docs/cold-start-session5.md): a weak signal (1
 * point) plus the starter's full 3 points on English words it learned as spam words elsewhere
 * ("message me", "inbox", "legit"). Known and reported, not wanted: the starter stays opt-in.
 */
const HELD_WITH_STARTER: ReadonlySet<string> = new Set([
  'More details on the benchmark setup are in the repo, or message me on Telegram',
  'Thanks @example_ops, the runbook is legit useful',
  'Happy to share the slides, inbox me, they have more details than the post',
  // TEXT_CONTACT_HANDLE (2.5, before session 5) with the starter; none of the weak signals.
  'Contact @example_garden_club for a plot, they have a waiting list',
]);

describe('everyday sentences with the words of the weak contact and offer signals', () => {
  it('are ham for an untrained moderator with the rules alone', () => {
    const moderator = createModerator();
    const held = EVERYDAY.filter((c) => moderator.check(c).decision !== 'ham');
    expect(held).toEqual([]);
  });

  it('hit the weak signals at all (the sentences test what they claim to)', () => {
    const moderator = createModerator();
    const weak = new Set(['TEXT_PRIVATE_CONTACT', 'TEXT_OFFER_ROLES', 'TEXT_HANDLE_REFERRAL']);
    const hitting = EVERYDAY.filter((c) => moderator.analyze(c).hits.some((h) => weak.has(h.id)));
    expect(hitting.length).toBeGreaterThanOrEqual(10);
  });

  it('with the starter on: none decided spam, and only the known ones held', () => {
    const moderator = createModerator({ starter: true });
    const verdicts = EVERYDAY.map((c) => [c, moderator.check(c).decision] as const);
    expect(verdicts.filter(([, d]) => d === 'spam')).toEqual([]);
    expect(verdicts.filter(([, d]) => d === 'moderate').map(([c]) => c).sort()).toEqual([...HELD_WITH_STARTER].sort());
  });
});
