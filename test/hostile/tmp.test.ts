import { it } from 'vitest';
import { createModerator } from '../../src/index.js';
import { FAMILIES } from './helpers/disguise.js';
import { fixtureComments } from './helpers/fuzz.js';
it('x', () => {
  const m = createModerator();
  const f = fixtureComments().find((x) => x.comment.content.startsWith('I have been browsing'))!;
  const fam = FAMILIES.find((x) => x.name === process.env.FAM)!;
  for (const c of [f.comment, fam.apply(f.comment)]) { const v = m.check(c); console.log(v.decision, v.score.toFixed(3), v.reasons.map((r) => `${r.id ?? ''}:${(r as any).points ?? ''}`).join(' ')); }
});
import { normalizeText } from '../../src/normalize/index.js';
it('y', () => {
  const f = fixtureComments().find((x) => x.comment.content.startsWith('I have been browsing'))!;
  const fam = FAMILIES.find((x) => x.name === 'rlo-word')!;
  const c = fam.apply(f.comment);
  const r = normalizeText(c.content as string, c.contentFormat ?? 'text', { maxLength: 10000 });
  console.log(JSON.stringify(r.text).slice(0, 300));
});
