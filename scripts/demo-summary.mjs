#!/usr/bin/env node
// The last line of `npm run demo`: how the verdicts just printed add up, and how far they agree
// with the labels the fixture file carries. Usage: node scripts/demo-summary.mjs [FILE.jsonl]
// (default fixtures/comments.jsonl; needs dist/, which npm run demo builds first).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const entry = fileURLToPath(new URL('../dist/index.js', import.meta.url));
if (!existsSync(entry)) {
  process.stderr.write(`demo-summary: ${entry} is missing; run "npm run build" first (npm run demo does both).\n`);
  process.exit(1);
}
const { createModerator } = await import(pathToFileURL(entry).href);
const file = process.argv[2] ?? fileURLToPath(new URL('../fixtures/comments.jsonl', import.meta.url));

const moderator = createModerator();
const decisions = { ham: 0, moderate: 0, spam: 0 };
let discarded = 0;
// agree[label][decision]
const agree = { ham: { ham: 0, moderate: 0, spam: 0 }, spam: { ham: 0, moderate: 0, spam: 0 } };
let labeled = 0;
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (line.trim() === '') continue;
  const record = JSON.parse(line);
  const { label, ...comment } = typeof record === 'string' ? { content: record } : record;
  const verdict = moderator.check(comment);
  decisions[verdict.decision]++;
  if (verdict.discard) discarded++;
  if (label === 'spam' || label === 'ham') {
    labeled++;
    agree[label][verdict.decision]++;
  }
}
const total = decisions.ham + decisions.moderate + decisions.spam;
const parts = [`${total} comments: ${decisions.ham} ham, ${decisions.moderate} moderate, ${decisions.spam} spam (${discarded} discard)`];
if (labeled > 0) {
  const hamTotal = agree.ham.ham + agree.ham.moderate + agree.ham.spam;
  const spamTotal = agree.spam.ham + agree.spam.moderate + agree.spam.spam;
  const agreed = agree.ham.ham + agree.spam.spam;
  parts.push(
    `agree with the fixture labels on ${agreed} of ${labeled}: ${agree.ham.ham}/${hamTotal} ham decided ham, ${agree.spam.spam}/${spamTotal} spam decided spam; ` +
      `held for moderation ${agree.spam.moderate} spam and ${agree.ham.moderate} ham; spam let through ${agree.spam.ham}, ham blocked ${agree.ham.spam}`,
  );
}
process.stdout.write(`summary: ${parts.join(' · ')}\n`);
