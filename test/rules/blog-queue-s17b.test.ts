// Session 17b: a business's short praise that names the post's topic, and spun flattery's other
// promise forms (read the rest later, pass the link on, carry on). Comments written for this test.
import { describe, expect, it } from 'vitest';
import type { CommentInput } from '../../src/index.js';
import { createModerator } from '../../src/index.js';

const moderator = createModerator({ starter: false });
const ids = (c: CommentInput): string[] => moderator.check(c).reasons.map((r) => r.id);
const target = { postTitle: 'Sharpening a hand plane iron', permalink: 'https://benchnotes.example.org/2026/11/plane-iron/' };

describe('AUTHOR_BUSINESS_SHORT_PRAISE', () => {
  const shop = { name: 'Plane Iron Repairs', email: 'mike@planeirons.example.com', url: 'https://planeirons.example.com' };

  it('holds a business name over its own site under a praise line that names the topic', () => {
    const v = moderator.check({ content: 'Great tips on sharpening, cheers.', author: shop, target });
    expect(v.decision).toBe('moderate');
    const hit = v.reasons.find((r) => r.id === 'AUTHOR_BUSINESS_SHORT_PRAISE');
    expect(hit?.evidence).toEqual(['name "Plane Iron Repairs" ("repairs"), URL example.com, 5 words of praise with nothing of its own']);
  });

  it('reads a name with no trade word by its role mailbox', () => {
    const v = moderator.check({ content: 'Lovely article about plane irons.', author: { name: 'Oak And Ash', email: 'info@oakash.example.com', url: 'https://oakash.example.com' }, target });
    expect(v.reasons.find((r) => r.id === 'AUTHOR_BUSINESS_SHORT_PRAISE')?.evidence[0]).toContain('mailbox "info@"');
  });

  it('leaves a business that says something of its own, asks, or gives a figure', () => {
    for (const content of [
      'Great tips. We hone ours on a leather strop after the 8000 stone and it lasts the week.',
      'Great tips on sharpening, does the ruler trick work on a bevel-up plane?',
      'Great tips on sharpening, our customers ask about this every week.',
      'Great tips on sharpening at 30 degrees.',
    ]) {
      expect(ids({ content, author: shop, target }), content).not.toContain('AUTHOR_BUSINESS_SHORT_PRAISE');
    }
  });

  it('leaves a person, a business without its own site, and a profile URL', () => {
    const content = 'Great tips on sharpening, cheers.';
    expect(ids({ content, author: { name: 'Ruth Hale', email: 'ruth@gmail.com', url: 'https://ruthhale.example.com' }, target })).not.toContain('AUTHOR_BUSINESS_SHORT_PRAISE');
    expect(ids({ content, author: { name: 'Plane Iron Repairs', email: 'mike@planeirons.example.com' }, target })).not.toContain('AUTHOR_BUSINESS_SHORT_PRAISE');
    expect(ids({ content, author: { name: 'Plane Iron Repairs', url: 'https://github.com/planeirons' }, target })).not.toContain('AUTHOR_BUSINESS_SHORT_PRAISE');
  });
});

describe("spun flattery's other promise forms", () => {
  const seller = { name: 'Dana', email: 'dana.k@gmail.com', url: 'https://cheap-garden-sheds.example.com' };

  it('reads the promise to read the rest later, to forward the page, and "carry on"', () => {
    for (const content of [
      'Hello! Came across your site on the bus and got hooked, will read the rest at the weekend.',
      'Hey! This article is written so well. It reminds me of my brother, I am forwarding this to him now.',
      'Wonderful blog you have here, the writing is superb. Please carry on!',
    ]) {
      const v = moderator.check({ content, author: seller, target });
      expect(v.reasons.map((r) => r.id), content).toContain('TEXT_SPUN_FLATTERY');
      expect(v.decision, content).not.toBe('ham');
    }
  });

  it('leaves a reader who read the rest, forwards it with the topic, or asks to carry on with it', () => {
    const reader = { name: 'Owen', email: 'owen@gmail.com', url: 'https://owentinkers.example.net' };
    for (const content of [
      'Hi! I read the rest of your series last night and finally bought a honing guide.',
      'Forwarding this to my dad, he still sharpens his plane iron freehand.',
      'Great post! Please carry on with the sharpening series.',
    ]) {
      expect(ids({ content, author: reader, target }), content).not.toContain('TEXT_SPUN_FLATTERY');
    }
  });

  it('reads the family in Bengali and Hindi', () => {
    const bn = moderator.check({ content: 'খুব সুন্দর পোস্ট! আপনার ব্লগটি বুকমার্ক করে রাখলাম।', author: seller, target });
    expect(bn.reasons.map((r) => r.id)).toContain('TEXT_SPUN_FLATTERY');
    const hi = moderator.check({ content: 'बहुत बढ़िया लेख! आपका ब्लॉग बुकमार्क कर लिया।', author: seller, target });
    expect(hi.reasons.map((r) => r.id)).toContain('TEXT_SPUN_FLATTERY');
  });
});
