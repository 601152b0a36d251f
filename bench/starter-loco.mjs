// The starter model, leave-one-corpus-out: for each held-out corpus, a starter is learned from
// every comment of the *other* corpora whose licence allows shipping a derived model and pruned
// exactly as scripts/build-starter.mjs prunes the shipped one (scripts/lib/starter.mjs); an
// untrained moderator with that starter (`createModerator({ starter: model })`) then checks the
// held-out corpus, nothing of it learned. Printed beside the rules-only moderator on the same
// corpus. telegram-ru (GPL-3.0) is never learned from; it is still held out and measured.
//   npm run build && node bench/starter-loco.mjs [--vocabulary 2000] [--only sms,youtube] [--site 100]
// --site N: also learn N comments of the held-out corpus (its first N/2 spam and N/2 ham, in
// corpus order) and check the rest, with and without the starter: what it does once a site learns.
// Every starter also learns the project's sets of the shipped recipe (STARTER_BLOG_SETS, each
// comment STARTER_BLOG_WEIGHT times; session 15); --blog-weight 0 measures the recipe without them,
// --blog-sets 1-15 --blog-weight 4 a candidate (the constants of src/verdict/starter.ts still apply).
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SHIPPABLE, STARTER_BLOG_SETS, STARTER_BLOG_WEIGHT, STARTER_VOCABULARY, learnStarter, parseBlogSets, parseBlogWeight, pruneStarter, starterBlogDocuments } from '../scripts/lib/starter.mjs';
import { loadSharedCorpora } from './lib/corpora.mjs';
import { ROOT } from './lib/speed-data.mjs';
import { formatTable } from './lib/table.mjs';

const { values } = parseArgs({
  options: {
    vocabulary: { type: 'string', default: String(STARTER_VOCABULARY) },
    only: { type: 'string' },
    site: { type: 'string', default: '0' },
    'blog-weight': { type: 'string', default: typeof STARTER_BLOG_WEIGHT === 'number' ? String(STARTER_BLOG_WEIGHT) : `${STARTER_BLOG_WEIGHT.spam}/${STARTER_BLOG_WEIGHT.ham}` },
    'blog-sets': { type: 'string', default: STARTER_BLOG_SETS.join(',') },
  },
});
const spamsift = { ...(await import(join(ROOT, 'dist', 'index.js'))), ...(await import(join(ROOT, 'dist', 'evaluate.js'))) };
const items = loadSharedCorpora(spamsift.parseCorpus);
if (items.size === 0) {
  console.log('bench/starter-loco: ../shared/corpora is absent; nothing measured.');
  process.exit(0);
}
const pct = (n, d) => `${((100 * n) / d).toFixed(1)} %`;
function rates(moderator, list) {
  const c = { spam: { ham: 0, moderate: 0, spam: 0 }, ham: { ham: 0, moderate: 0, spam: 0 } };
  for (const { comment, label } of list) c[label][moderator.check(comment).decision]++;
  const ns = c.spam.ham + c.spam.moderate + c.spam.spam;
  const nh = c.ham.ham + c.ham.moderate + c.ham.spam;
  return [pct(c.spam.spam + c.spam.moderate, ns), pct(c.spam.spam, ns), pct(c.ham.spam, nh), pct(c.ham.moderate, nh)];
}
const size = Number(values.vocabulary);
const blogSets = values['blog-sets'] === '' ? [] : parseBlogSets(values['blog-sets']);
const blog = starterBlogDocuments(ROOT, blogSets, parseBlogWeight(values['blog-weight']));
const site = Number(values.site);
const rows = [];
const siteRows = [];
for (const [held, list] of items) {
  if (values.only && !values.only.split(',').includes(held)) continue;
  const from = SHIPPABLE.filter((name) => name !== held && items.has(name));
  const model = pruneStarter(learnStarter(spamsift, [...from.map((name) => items.get(name)), blog]), size);
  const bytes = JSON.stringify(model).length;
  rows.push([held, from.join(' + '), `${model.bayes.vocabulary.length} / ${(bytes / 1024).toFixed(0)} KB`, ...rates(spamsift.createModerator({ starter: false }), list), ...rates(spamsift.createModerator({ starter: model }), list)]);
  if (site > 0) {
    const spam = list.filter((i) => i.label === 'spam').slice(0, site / 2);
    const ham = list.filter((i) => i.label === 'ham').slice(0, site / 2);
    const learned = new Set([...spam, ...ham]);
    const rest = list.filter((i) => !learned.has(i));
    const plain = spamsift.createModerator({ starter: false });
    const withStarter = spamsift.createModerator({ starter: model });
    for (const { comment, label } of learned) {
      plain.learn(comment, label);
      withStarter.learn(comment, label);
    }
    siteRows.push([held, String(learned.size), ...rates(plain, rest), ...rates(withStarter, rest)]);
  }
}
const cols = ['spam flagged', 'spam decided spam', 'ham decided spam', 'ham held'];
console.log(`Leave-one-corpus-out: untrained moderator, rules only vs rules + a starter learned from the other shippable corpora${blog.length ? ` and ${blog.length} project documents (sets ${blogSets.join(',')}, weight ${values['blog-weight']})` : ''} (vocabulary ${size})\n`);
console.log(formatTable(['held out', 'starter learned from', 'starter tokens / JSON', ...cols.map((c) => `rules: ${c}`), ...cols.map((c) => `starter: ${c}`)], rows));
if (site > 0) {
  console.log(`\nThe held-out site after learning ${site} of its own comments (checked on the rest): without vs with the starter\n`);
  console.log(formatTable(['held out', 'learned here', ...cols.map((c) => `no starter: ${c}`), ...cols.map((c) => `starter: ${c}`)], siteRows));
}
