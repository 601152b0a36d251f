// Rebuilds src/bayes/starter-model.json, the starter model `createModerator({ starter: true })`
// loads: a moderator learns every comment of the shippable corpora (youtube, sms, instagram-scam;
// never telegram-ru, GPL-3.0) and the words of the project's WordPress-style sets of the recipe
// (STARTER_BLOG_SETS, none since session 15 found no recipe that keeps the corpora whole:
// docs/starter-session15.md; text only, scripts/lib/starter.mjs blogWords), its exported model
// is pruned to a compact vocabulary (scripts/lib/starter.mjs), and the file records where it
// came from and under which licences.
//   npm run build && node scripts/build-starter.mjs [--corpora ../shared/corpora] [--vocabulary 2000] [--date 2026-12-06]
// Run `npm run build` again afterwards so dist/ carries the new model.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SHIPPABLE, STARTER_BLOG_SETS, STARTER_BLOG_WEIGHT, STARTER_VOCABULARY, blogSetFile, learnStarter, parseBlogSets, parseBlogWeight, pruneStarter, starterBlogDocuments } from './lib/starter.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    corpora: { type: 'string', default: resolve(root, '..', 'shared', 'corpora') },
    vocabulary: { type: 'string', default: String(STARTER_VOCABULARY) },
    date: { type: 'string', default: new Date().toISOString().slice(0, 10) },
    out: { type: 'string', default: join(root, 'src', 'bayes', 'starter-model.json') },
    // A candidate recipe (bench/starter-tokens.mjs reads what it learned): sets "1-15" or "1,2,5",
    // weight a whole number or spam/ham ("1/4"). Default: the shipped recipe (scripts/lib/starter.mjs).
    'blog-sets': { type: 'string' },
    'blog-weight': { type: 'string' },
  },
});
const spamsift = { ...(await import(join(root, 'dist', 'index.js'))), ...(await import(join(root, 'dist', 'evaluate.js'))) };
const lists = SHIPPABLE.map((name) => {
  const text = readFileSync(join(values.corpora, name, `${name}.jsonl`), 'utf8');
  return spamsift.parseCorpus(text, { format: 'jsonl' }).records.map((r) => ({ comment: r.comment, label: r.label }));
});
const blogSets = values['blog-sets'] === undefined ? STARTER_BLOG_SETS : parseBlogSets(values['blog-sets']);
const blogWeight = values['blog-weight'] === undefined ? STARTER_BLOG_WEIGHT : parseBlogWeight(values['blog-weight']);
const blog = starterBlogDocuments(root, blogSets, blogWeight);
const model = pruneStarter(learnStarter(spamsift, [...lists, blog]), Number(values.vocabulary));
model.createdAt = `${values.date}T00:00:00.000Z`;
// The file ships the table read off the fitted model (src/bayes/starter-table.ts), not its documents.
const table = spamsift.createStarterTable(model);
const about = {
  what: 'spamsift starter model: a table of NB-LR token weights and a calibration, fitted on public labeled comment corpora pruned to the tokens found in the most documents (no rule tokens, no document text). createModerator() loads it unless starter: false; see docs/starter-model.md and docs/cold-start-session6.md.',
  rebuild: 'npm run build && node scripts/build-starter.mjs && npm run build',
  built: values.date,
  vocabulary: table.tokens.length,
  documents: { spam: model.bayes.totals.spamDocs, ham: model.bayes.totals.hamDocs },
  sources: [
    {
      corpus: 'youtube',
      title: 'YouTube Spam Collection v1 (UCI Machine Learning Repository)',
      attribution: 'Alberto, T.C., Lochter, J.V., Almeida, T.A. TubeSpam: Comment Spam Filtering on YouTube. Proceedings of the 14th IEEE International Conference on Machine Learning and Applications (ICMLA 2015).',
      licence: 'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)',
      changes: 'comments tokenized by spamsift; only a fitted weight per kept token is shipped',
      documents: lists[SHIPPABLE.indexOf('youtube')].length,
    },
    {
      corpus: 'sms',
      title: 'SMS Spam Collection v.1',
      attribution: 'Almeida, T.A., Gómez Hidalgo, J.M., Yamakami, A. Contributions to the Study of SMS Spam Filtering: New Collection and Results. Proceedings of the 2011 ACM Symposium on Document Engineering (DocEng 2011).',
      licence: 'free to use with citation of the paper above, provided without warranty (the corpus readme)',
      documents: lists[SHIPPABLE.indexOf('sms')].length,
    },
    {
      corpus: 'instagram-scam',
      title: 'Instagram finance/crypto comment scams (ScamSpot project)',
      attribution: 'Copyright (c) 2023 Stefan Erben',
      licence:
        'MIT. Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions: The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.',
      documents: lists[SHIPPABLE.indexOf('instagram-scam')].length,
    },
  ],
  ...(blog.length > 0 && {
    project: {
      title: "spamsift's WordPress-style comment sets, written for the project",
      files: blogSets.map((n) => `fixtures/${blogSetFile(n)}`),
      licence: "the project's own (written for spamsift; the package's licence)",
      changes: 'only the words of each comment in English: markup, URLs, hosts, e-mail addresses, @handles, words joined to the placeholder "example" and every digit removed, other-language comments skipped; author fields, IPs, user agents, post titles and dates never read',
      weight: `each comment counted ${JSON.stringify(blogWeight)} times beside one corpus comment`,
      documents: new Set(blog.map((d) => d.comment.id.replace(/:\d+$/u, ''))).size,
    },
  }),
  excluded: 'telegram-ru (GPL-3.0): never learned from, so the shipped model is not a derived work of it.',
};
const json = JSON.stringify(table);
// A JSON file beside the code, not a module: importing spamsift then loads none of it (tsup copies
// it into dist/), and a moderator created with `starter: true` reads it and checks it with readModel
// like any model file. `about` says where the counts came from and under which licences.
const source = `${JSON.stringify({ about, table })}\n`;
writeFileSync(values.out, source);
console.log(`${values.out}: ${table.tokens.length} tokens (of ${model.bayes.vocabulary.length}) from ${model.bayes.documents.ids.length} documents, table JSON ${(json.length / 1024).toFixed(1)} KB`);
