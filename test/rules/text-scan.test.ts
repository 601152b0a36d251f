// The hand-written scanners that replace backtracking-prone regular expressions.
import { describe, expect, it } from 'vitest';
import { botAgent, findContacts, findMoney, findPhones } from '../../src/rules/catalog/text-scan.js';

describe('findPhones', () => {
  it.each([
    { input: 'Call 0845 281 0075 or +44 7700 900123 now', expected: ['0845 281 0075', '+44 7700 900123'] },
    { input: 'whatsapp: +1 (234) 567-8900.', expected: ['+1 (234) 567-8900'] },
    { input: 'ring 08452810075', expected: ['08452810075'] },
    { input: 'In 2014 we had 2000 visitors', expected: [] },
    { input: 'order #12345678', expected: [] },
    { input: 'id abc123456789', expected: [] },
    { input: '1234567890123456789 is too long', expected: [] },
    { input: '', expected: [] },
  ])('$input', ({ input, expected }) => {
    expect(findPhones(input)).toEqual(expected);
  });
});

describe('findMoney', () => {
  it.each([
    { input: 'initially i invested $1000 and in a couple of days i got $8,500.', expected: ['$1000', '$8,500'] },
    { input: 'my $ 2,500 turned $ 15,200 within a week', expected: ['$ 2,500', '$ 15,200'] },
    { input: 'i made $23k after investing $2K', expected: ['$23k', '$2K'] },
    { input: 'earn 5000 USD or 2.1 btc, 5 grand', expected: ['5000 USD', '2.1 btc', '5 grand'] },
    { input: '£56k profit, €300', expected: ['£56k', '€300'] },
    { input: 'the 3 kids and 2 dogs', expected: [] },
    { input: 'I am 5k', expected: ['5k'] },
    { input: '$$$ and $', expected: [] },
  ])('$input', ({ input, expected }) => {
    expect(findMoney(input)).toEqual(expected);
  });
});

describe('findContacts', () => {
  it.each([
    { input: 'want to learn trading? get in touch with #coach_example_ana', expected: ['get in touch with #coach_example_ana'] },
    { input: 'contact username on telegram @agent1_barbara now', expected: ['contact username on telegram @agent1_barbara'] },
    { input: 'WhatsApp +1 234 567 8900 for the cure', expected: ['WhatsApp +1 234 567 8900'] },
    { input: 'dm 👉 @jane_terry_13', expected: [] },
    { input: 'dm me on +1 234 567 8900', expected: ['dm me on +1 234 567 8900'] },
    { input: 'check dm business @gpstephan', expected: [] },
    { input: '@neildevv happy to clear any doubts you may have via dm.', expected: [] },
    { input: 'Text me when you land', expected: [] },
    { input: 'the context @ab', expected: [] },
    { input: 'contact me\n@someone', expected: [] },
    { input: 'message @x1', expected: [] },
  ])('$input', ({ input, expected }) => {
    expect(findContacts(input)).toEqual(expected);
  });
});

describe('botAgent', () => {
  it.each([
    { input: 'python-requests/2.31.0', expected: 'python-requests' },
    { input: 'curl/8.4.0', expected: 'curl' },
    { input: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0 Safari/537.36', expected: 'headlesschrome' },
    { input: 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', expected: '' },
  ])('$input → $expected', ({ input, expected }) => {
    expect(botAgent(input)).toBe(expected);
  });
});

describe('scanners on hostile text', () => {
  it.each([
    { name: 'digit flood', text: '1 '.repeat(200_000) },
    { name: 'currency flood', text: '$1,'.repeat(200_000) },
    { name: 'contact flood', text: 'contact '.repeat(100_000) },
    { name: 'separator flood', text: `+1${' -'.repeat(200_000)}` },
  ])('$name returns without throwing', ({ text }) => {
    expect(() => [findPhones(text), findMoney(text), findContacts(text)]).not.toThrow();
  });
});
