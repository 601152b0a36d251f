// Deterministic generator of link-heavy, blog-length comments (JSON Lines in the API's comment
// shape plus `label`), for the speed benchmark and for trying the CLI on something bigger than
// the fixtures. Everything is invented: words from small lists below, domains under made-up
// names, a seeded generator, so the same arguments always give the same bytes.
//   node bench/make-blog-comments.mjs [--count 1000] [--seed 1] [--out FILE]   (default: stdout)
// fixtures/blog-comments-sample.jsonl is `--count 20 --seed 1`.
import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HAM_SENTENCES = [
  'I ran into the same problem last week after upgrading the build tooling',
  'the part about cache invalidation matches what we saw in production',
  'we ended up pinning the dependency and writing a regression test for it',
  'your benchmark numbers look plausible, but the warm-up run seems too short',
  'one thing that helped us was moving the expensive check behind a feature flag',
  'has anyone tried this with the streaming API instead of the batch endpoint',
  'the documentation is a bit vague about what happens when the queue is full',
  'thanks for the detailed write-up, the diagrams make the data flow much clearer',
  'I would add that the retry logic needs jitter, otherwise the clients synchronise',
  'in our setup the database was the bottleneck, not the application servers',
  'the migration guide skips the step where you have to rebuild the indexes',
  'we measured roughly the same latency once the connection pool was sized properly',
  'la section sur le cache est très claire, merci pour les exemples',
  'genau das Problem hatten wir auch, die Lösung mit dem Lock hat geholfen',
];
const HAM_LINKS = [
  'https://github.com/example-org/build-tools/issues/1423',
  'https://developer.mozilla.org/en-US/docs/Web/API/Streams_API',
  'https://en.wikipedia.org/wiki/Exponential_backoff',
  'https://www.postgresql.org/docs/current/sql-createindex.html',
  'https://nodejs.org/api/worker_threads.html',
  'https://blog.example.org/2026/05/queues-and-backpressure',
];
const SPAM_SENTENCES = [
  'great post, I found exactly what I was looking for',
  'very informative article, keep up the good work and visit my site too',
  'we offer the best SEO services and high quality backlinks at low prices',
  'buy cheap viagra and cialis online without prescription, fast delivery',
  'best online casino with free spins and a huge welcome bonus today',
  'get instant payday loans with no credit check, approved in minutes',
  'replica watches and designer handbags at wholesale prices',
  'earn money from home working only two hours a day, no experience needed',
  'I just became aware of your blog through Google and found it truly informative',
  'professional essay writing service, plagiarism free and delivered on time',
  'crypto investment with guaranteed returns, my account manager changed my life',
];
const SPAM_WORDS = ['cheap', 'pills', 'casino', 'bonus', 'loans', 'seo', 'backlinks', 'replica', 'viagra', 'essay', 'crypto', 'pharmacy', 'slots', 'payday'];
const SPAM_TLDS = ['xyz', 'top', 'icu', 'online', 'site', 'ru', 'info', 'club'];
const SHORTENERS = ['bit.ly', 'tinyurl.com', 'goo.gl', 't.co'];

function pick(random, list) {
  return list[Math.floor(random() * list.length)];
}

function spamUrl(random, i) {
  const r = random();
  if (r < 0.15) return `https://${pick(random, SHORTENERS)}/${(i * 7919).toString(36)}${Math.floor(random() * 1e6).toString(36)}`;
  const host = `${pick(random, SPAM_WORDS)}-${pick(random, SPAM_WORDS)}-${Math.floor(random() * 90 + 10)}.${pick(random, SPAM_TLDS)}`;
  return `http://${r < 0.5 ? 'www.' : ''}${host}/${pick(random, SPAM_WORDS)}-${pick(random, SPAM_WORDS)}.html?ref=${Math.floor(random() * 1e5)}`;
}

function paragraph(random, sentences, count) {
  const out = [];
  for (let i = 0; i < count; i++) {
    const s = pick(random, sentences);
    out.push(`${s.charAt(0).toUpperCase()}${s.slice(1)}.`);
  }
  return out.join(' ');
}

function linkMarkup(random, url, text) {
  const r = random();
  if (r < 0.45) return `<a href="${url}">${text}</a>`;
  if (r < 0.6) return `[url=${url}]${text}[/url]`;
  if (r < 0.7) return `[${text}](${url})`;
  return url;
}

function hamComment(random, i) {
  const paragraphs = 2 + Math.floor(random() * 4);
  const parts = [];
  for (let p = 0; p < paragraphs; p++) {
    let text = paragraph(random, HAM_SENTENCES, 2 + Math.floor(random() * 4));
    if (random() < 0.6) text += ` See ${linkMarkup(random, pick(random, HAM_LINKS), 'this page')} for details.`;
    parts.push(random() < 0.5 ? `<p>${text}</p>` : text);
  }
  return {
    id: `blog-${i}`,
    content: parts.join('\n\n'),
    contentFormat: 'html',
    author: { name: `Reader ${i % 97}`, email: `reader${i % 97}@mail.example.org` },
    request: { ip: `198.51.100.${i % 250}` },
    target: { postTitle: 'Queues, retries and backpressure', permalink: 'https://blog.example.org/2026/05/queues-and-backpressure' },
    label: 'ham',
  };
}

function spamComment(random, i) {
  const links = 4 + Math.floor(random() * 16);
  const parts = [paragraph(random, SPAM_SENTENCES, 2 + Math.floor(random() * 3))];
  for (let k = 0; k < links; k++) {
    const anchor = `${pick(random, SPAM_WORDS)} ${pick(random, SPAM_WORDS)}`;
    parts.push(`${linkMarkup(random, spamUrl(random, i * 31 + k), anchor)}${random() < 0.3 ? ` ${paragraph(random, SPAM_SENTENCES, 1)}` : ''}`);
  }
  return {
    id: `blog-${i}`,
    content: parts.join(random() < 0.5 ? '\n' : ' '),
    contentFormat: 'html',
    author: { name: `${pick(random, SPAM_WORDS)} ${pick(random, SPAM_WORDS)}`, url: spamUrl(random, i), email: `${pick(random, SPAM_WORDS)}${i}@mail.example.net` },
    request: { ip: `203.0.113.${i % 250}` },
    target: { postTitle: 'Queues, retries and backpressure', permalink: 'https://blog.example.org/2026/05/queues-and-backpressure' },
    label: 'spam',
  };
}

/** `count` comments, about 60 % spam (a blog's raw comment queue), the same for the same seed. */
export function makeBlogComments(count, seed = 1) {
  const random = mulberry32(seed);
  const out = [];
  for (let i = 0; i < count; i++) out.push(random() < 0.6 ? spamComment(random, i) : hamComment(random, i));
  return out;
}

async function main() {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } } });
  const count = Number(values.count);
  const seed = Number(values.seed);
  if (!Number.isInteger(count) || count < 0 || !Number.isInteger(seed)) throw new Error('--count and --seed must be whole numbers');
  const stream = values.out ? createWriteStream(values.out) : process.stdout;
  for (const comment of makeBlogComments(count, seed)) {
    if (!stream.write(`${JSON.stringify(comment)}\n`)) await new Promise((resolve) => stream.once('drain', resolve));
  }
  if (values.out) stream.end();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
