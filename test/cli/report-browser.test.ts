// The report as a site owner sees it: rendered by headless Chromium (Debian's package, driven over
// the DevTools pipe), it loads with no console error or CSP violation, the key numbers are in the
// text a person reads, the full mistakes list opens, and comment text stays text. A control page
// with an injected script proves the error capture sees what it should.
// Skipped with a message where /usr/bin/chromium is absent; under CI it must run (CI installs chromium).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser, CHROMIUM, chromiumAvailable, pngSize, type Page } from '../helpers/chromium.js';
import { COMMENTS_JSONL, FIXTURES, runCli, tempDir } from './helpers.js';

const available = chromiumAvailable();
if (!available) {
  if (process.env['CI']) throw new Error(`${CHROMIUM} is missing: CI must install Debian's chromium (apt-get install chromium) for the report's browser test.`);
  console.warn(`report-browser.test.ts skipped: ${CHROMIUM} is not installed (apt-get install chromium).`);
}

const HOSTILE = '<img src=x onerror=alert(1)>';

interface EvalJson {
  n: number;
  spam: number;
  ham: number;
  confusion: { spam: Record<string, number>; ham: Record<string, number> };
  metrics: { auc: number };
}

describe.skipIf(!available)('the eval report in headless Chromium', () => {
  let browser: Browser;
  let dir: string;
  let report: string;
  let summary: EvalJson;

  beforeAll(() => {
    browser = Browser.launch();
    dir = tempDir();
    // Fixtures, plus the fixture spam again labeled ham (moderators who approved spam: more than ten
    // ham mistakes, so the full list is collapsible and some ham is discarded), plus two comments
    // likely to be mistakes that carry hostile text.
    const fixture = readFileSync(COMMENTS_JSONL, 'utf8').trim().split('\n');
    const blog = readFileSync(join(FIXTURES, 'blog-comments-sample.jsonl'), 'utf8').trim().split('\n');
    const relabeled = fixture
      .map((line) => JSON.parse(line) as { id: string; label: string })
      .filter((o) => o.label === 'spam')
      .map((o) => JSON.stringify({ ...o, id: `approved-${o.id}`, label: 'ham' }));
    const base = [...fixture, ...blog, ...relabeled];
    const extra = [
      { id: 'x1', content: `</td><script>alert(1)</script> ${HOSTILE} totally normal words here`, author: { name: '"><svg onload=alert(1)>' }, label: 'spam' },
      { id: 'x2', content: `Buy cheap pills http://pills.example.xyz ${HOSTILE}`, label: 'ham' },
    ];
    const corpus = join(dir, 'corpus.jsonl');
    writeFileSync(corpus, `${[...base, ...extra.map((e) => JSON.stringify(e))].join('\n')}\n`);
    report = join(dir, 'report.html');
    const run = runCli(['eval', corpus, '--folds', '3', '--json', '--report', report]);
    expect(run.code).toBe(0);
    summary = JSON.parse(run.stdout) as EvalJson;
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(path: string): Promise<Page> {
    const page = await browser.newPage(1200, 900);
    await page.goto(pathToFileURL(path).href);
    return page;
  }

  it('loads with no console error, exception or CSP violation', async () => {
    const page = await open(report);
    expect(await page.evaluate<string>('document.title')).toBe(`spamsift evaluation: ${join(dir, 'corpus.jsonl')}`);
    expect(page.problems).toEqual([]);
  });

  it('shows the key numbers in the text a person reads', async () => {
    const page = await open(report);
    const text = (await page.evaluate<string>('document.body.innerText')).replace(/\s+/g, ' ');
    const c = summary.confusion;
    const hamFlagged = c.ham['moderate']! + c.ham['spam']!;
    const spamNotBlocked = c.spam['ham']! + c.spam['moderate']!;
    expect(text).toContain(`${summary.n} comments (${summary.spam} spam, ${summary.ham} ham)`);
    expect(text).toContain(`${hamFlagged} of ${summary.ham} ham comments were held for moderation or blocked`);
    expect(text).toContain(`${spamNotBlocked} of ${summary.spam} spam comments were published or only held`);
    expect(text).toMatch(new RegExp(`Spam ${c.spam['spam']} of ${summary.spam} \\(`));
    expect(text).toMatch(/Good comments \(ham\) [1-9]\d* of \d+ \([\d.]+ %\) deleted unseen \(score ≥ 0\.995/);
    expect(text).toContain(`AUC ${summary.metrics.auc.toFixed(4)}`);
    expect(text).toMatch(/0\.5 \(moderate now\) .* 0\.9 \(spam now\) .* 0\.995 \(discard now\)/);
    expect(text).toContain('ham at or above the score (log scale)');
    // Hostile comment text is on the page as text, and made no element.
    expect(text).toContain(HOSTILE);
    expect(await page.evaluate<number>('document.querySelectorAll("script, img, iframe, object, embed, svg svg, [onerror], [onload]").length')).toBe(0);
  });

  it('opens the full list of mistakes, with a reasons cell on every row', async () => {
    const page = await open(report);
    const c = summary.confusion;
    const hamFlagged = c.ham['moderate']! + c.ham['spam']!;
    expect(hamFlagged).toBeGreaterThan(10);
    const closedHeight = await page.evaluate<number>('document.body.scrollHeight');
    const rows = await page.evaluate<number>(`(() => { const d = document.querySelector('details'); d.open = true; return d.querySelectorAll('tr').length - 1; })()`);
    expect(rows).toBe(hamFlagged);
    expect(await page.evaluate<number>('document.body.scrollHeight')).toBeGreaterThan(closedHeight);
    const emptyReasons = await page.evaluate<number>(`[...document.querySelector('details').querySelectorAll('tr')].slice(1).filter((tr) => !tr.querySelector('ul.reasons')).length`);
    expect(emptyReasons).toBe(0);
  });

  it('renders a full-page screenshot of the whole report', async () => {
    const page = await open(report);
    const png = await page.screenshot();
    const size = pngSize(png);
    writeFileSync(join(dir, 'report.png'), png);
    expect(size.width).toBe(1200);
    expect(size.height).toBeGreaterThan(2000);
  });

  it('control: an injected script and an outside image are refused by the CSP, and the capture sees it', async () => {
    const broken = join(dir, 'broken.html');
    writeFileSync(broken, readFileSync(report, 'utf8').replace('</body>', '<script>console.error("ran")</script><img src="http://127.0.0.1:9/x.png"></body>'));
    const page = await open(broken);
    expect(page.problems.length).toBeGreaterThanOrEqual(2);
    expect(page.problems.map((p) => p.text).join('\n')).toMatch(/Content Security Policy/);
    expect(page.problems.map((p) => p.text).join('\n')).not.toContain('ran');
  });
});
