// Session 14 on the blog queue (docs/cold-start-session14.md): the machine-written on-topic comment
// whose payload is the author URL or one body link. AUTHOR_URL_TOPIC_PRAISE now reads whose the
// author URL is (a site that is neither the signer's name nor their e-mail's; one signed as the
// signer's own business), an author URL to an inner page, the title's topic by its stem, thanks in
// more languages and an English comment under a post in another script; LINK_RESOURCE_PLUG reads
// "I put together a guide for anyone" and a short closing clause after the link. Each held, with
// the look-alike ham that must stay ham. Untrained, rules only. Comments written for this test.
import { describe, expect, it } from 'vitest';
import type { CommentInput } from '../../src/index.js';
import { createModerator } from '../../src/index.js';

const moderator = createModerator({ starter: false });
const ids = (c: CommentInput): string[] => moderator.check(c).reasons.map((r) => r.id);
const on = (postTitle: string, content: string, name: string, email: string, url = ''): CommentInput => ({
  content,
  author: { name, email, url },
  target: { postTitle },
});

const GENERIC = 'Limescale on shower glass is such a common problem in hard-water areas. A squeegee after every shower keeps most of it away.';
const TITLE = 'Getting limescale off a glass shower screen';

describe('the generated on-topic comment is held', () => {
  it.each([
    ['one sign under a site that is neither the name nor the e-mail', on(TITLE, GENERIC, 'Tom Reyes', 'tom.reyes81@gmail.com', 'https://garden-sheds.example.com')],
    ['one sign under an inner page of the site', on(TITLE, GENERIC, 'Tom Reyes', 'tom@showerscreens.example.com', 'https://showerscreens.example.com/frameless')],
    ['"our office" as a frame under a stranger\'s site', on('Composting in a small back yard', 'Composting in a small yard is easier than most people think, and this overview covers the essentials clearly. I will share it with our office.', 'Chris Dunmore', 'chris.dunmore@gmail.com', 'https://office-chairs.example.co.uk')],
    ['Hungarian, the topic by its stem', on('Mikor palántázzuk a paradicsomot?', 'Remek összefoglaló! A paradicsom palántázása valóban türelmet igényel, és a hőmérséklet sokat számít. Köszönöm a tippeket!', 'Varga Eszter', 'varga.eszter@mail.example.hu', 'https://klimaszerviz.example.hu')],
    ['Greek, the stem without its moving accent', on('Πότε φυτεύουμε ντομάτες στον κήπο', 'Η σωστή φύτευση των ντοματών είναι πολύ σημαντική για μια καλή σοδειά. Ευχαριστούμε για τον οδηγό!', 'Maria Papadaki', 'm.papadaki@mail.example.gr', 'https://epipla-kipou.example.gr')],
    ['English under a post titled in Thai, a stranger\'s site', on('ต้มยำกุ้งน้ำข้นสูตรร้านเรา', 'Thai street cooking is truly one of the most vibrant food cultures anywhere, and this recipe captures the balance of sour and sweet perfectly. Wonderful to see it shared!', 'Ryan Oakes', 'ryan.oakes@outlook.com', 'https://luggage-deals.example.com')],
  ])('%s', (_name, c) => {
    expect(ids(c)).toContain('AUTHOR_URL_TOPIC_PRAISE');
    expect(moderator.check(c).decision).toBe('moderate');
  });

  it.each([
    ['"I put together a guide" for anyone', on('Bleeding the brakes on your own', 'Bleeding brakes alone is much easier with a one-way valve. For anyone doing it the first time, I put together a step-by-step guide: https://brake-parts.example.com/guides/bleeding-alone', 'Sam Porter', 'sam.porter@gmail.com')],
    ['a closing clause to the audience after the link', on('Cooking dried beans without a pressure cooker', 'Soaking dried beans overnight really does shorten the cooking time. A chart of soaking times is at https://pantry-jars.example.com/soaking-chart for anyone trying new varieties', 'Lena Frost', 'lena.frost@outlook.com')],
  ])('%s', (_name, c) => {
    expect(ids(c)).toContain('LINK_RESOURCE_PLUG');
    expect(moderator.check(c).decision).toBe('moderate');
  });
});

describe('readers and business owners stay ham', () => {
  it.each([
    ['the same comment signed by the site\'s own business', on(TITLE, GENERIC, 'Tom at Reyes Glass', 'tom@reyesglass.example.com', 'https://reyesglass.example.com')],
    ['the same comment under the signer\'s own page on the site', on(TITLE, GENERIC, 'Tom Reyes', 'tom@showerscreens.example.com', 'https://showerscreens.example.com/team/tom-reyes')],
    ['the same comment under a site named after the signer', on(TITLE, GENERIC, 'Tom Reyes', 'tom.reyes81@gmail.com', 'https://tomreyes.example.net')],
    ['a reader\'s own case under their employer\'s site', on('Composting in a small back yard', 'I moved our compost bin into the shade last summer and it stopped drying out. Thanks for the reminder to turn it!', 'Dan Kirby', 'dan.kirby@gmail.com', 'https://brightline-logistics.example.com')],
    ['a business owner in their own trade, signed as the business', on('Planting fruit trees in a frost pocket', 'We sell heritage apple trees and see this every spring: trees in a frost pocket blossom fine and then lose the lot. Thanks for explaining it so plainly!', 'Ruth at Orchard Lane Nursery', 'ruth@orchardlanenursery.example.co.uk', 'https://orchardlanenursery.example.co.uk')],
    ['a Hungarian reader\'s own case and question', on('Mikor palántázzuk a paradicsomot?', 'Én is palántáztam paradicsomot tavaly, de a palánták megnyúltak. Több fény kellett volna, vagy hidegebb szoba?', 'Kovács Péter', 'kovacs.peter@mail.example.hu', 'https://kovacspeter.example.hu')],
    ['an English visitor under a Thai post, no author URL', on('ต้มยำกุ้งน้ำข้นสูตรร้านเรา', 'Made this tonight with prawns from the market in Krabi, a little less chilli for the kids. Wonderful recipe, thank you!', 'Jo Whitley', 'jo.whitley@gmail.com')],
    ['a citation whose clause tells what the page did', on('Cooking dried beans without a pressure cooker', 'The soaking chart at https://pantry-jars.example.com/soaking-chart gave me twelve hours for chickpeas, which turned out to be about right for ours', 'Greg Holm', 'greg.holm@mail.example.com')],
    ['"I wrote up a guide" on the writer\'s own site', on('Bleeding the brakes on your own', 'For anyone doing this alone, I wrote up how I bled mine with a jar and tube: https://sampieters.example.net/guides/bleeding-brakes', 'Sam Pieters', 'sam.pieters@gmail.com')],
  ])('%s', (_name, c) => {
    expect(ids(c)).not.toContain('AUTHOR_URL_TOPIC_PRAISE');
    expect(ids(c)).not.toContain('LINK_RESOURCE_PLUG');
    expect(moderator.check(c).decision).toBe('ham');
  });
});
