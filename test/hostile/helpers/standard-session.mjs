// One fixed moderation session, in plain JS so a clean child process can run it on the built
// package: test/hostile/isolation.test.ts runs it after a hostile session in its own process and
// compares every number with the child's. Anything a hostile session could leave behind in the
// library (a changed catalog, thresholds, a shared rule, a learned token) shows up as a difference.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A well-behaved added rule: the same function text in both processes. */
const FROB_RULE = {
  id: 'CUSTOM_FROBNICATE',
  group: 'custom',
  score: 2.5,
  description: 'Mentions frobnication, off-topic on this site',
  test: (f) => (f.words.includes('frobnicate') ? ['frobnicate'] : []),
  examples: { hit: ['please frobnicate the widget'], miss: ['leave the widget alone'] },
};

const EXTRA = [
  'please frobnicate now http://bit.ly/2xYzAbc',
  'Buy cheap viagra pills now!!! http://bit.ly/2xYzAbc http://tinyurl.com/abc CLICK HERE >>> best casino bonus',
  { content: '<a href="http://example.org/x">docs</a> thanks', contentFormat: 'html', author: { name: 'Ann', isStaff: true } },
  { content: 'c\u200bh\u200be\u200ba\u200bp p\u0456lls', author: { name: null, url: 'http://pills.example.ru' }, request: { ip: '203.0.113.9' } },
  '__proto__ constructor toString hasOwnProperty',
];

export function standardSession(api, root) {
  const labeled = readFileSync(join(root, 'fixtures', 'comments.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));
  const options = () => ({
    thresholds: { moderate: 0.45, spam: 0.9 },
    rules: { add: [FROB_RULE], scores: { LINK_SHORTENER: 2.5 } },
    allow: { domains: ['example.org'] },
    disallowedKeys: 'casino bonus\n',
    bayes: { minExamplesPerClass: 3 },
  });
  const untrained = api.createModerator(options());
  const trained = api.createModerator(options());
  labeled.forEach((c, i) => i % 2 === 0 && trained.learn(c, c.label));
  const reloaded = api.createModerator({ ...options(), model: JSON.stringify(trained.exportModel()) });
  const comments = [...labeled, ...EXTRA];
  const strip = (v) => ({ ...v }); // plain data for JSON
  return {
    verdicts: comments.map((c) => [untrained.check(c), trained.check(c), reloaded.check(c)].map(strip)),
    learnIds: comments.map((c) => api.learnId(c)),
    rules: untrained.rules.map((r) => [r.id, r.group, r.score, r.description, r.examples.hit.length, r.examples.miss.length]),
    catalog: api.CATALOG.map((r) => [r.id, r.group, r.score, r.description, JSON.stringify(r.examples)]),
    thresholds: { ...api.DEFAULT_THRESHOLDS },
    exported: { ...trained.exportModel(), createdAt: 0 },
  };
}
