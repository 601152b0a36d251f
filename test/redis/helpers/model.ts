// Comparing models learned on different instances.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeTokenList } from '../../../src/bayes/index.js';
import type { Comment, Label, SpamsiftModel } from '../../../src/index.js';

/** The exported model without its export time: instances that applied the same events in the same order give the same text. */
export function modelText(model: SpamsiftModel): string {
  return JSON.stringify({ ...model, createdAt: '' });
}

interface BayesJSON {
  vocabulary: string[];
  documents: { ids: string[]; labels: string[]; tokens: string[] };
}

/**
 * What was learned, independent of the store's internal numbering: each document with its label
 * and token strings, sorted. An instance restored from a snapshot numbers tokens differently from
 * one that never stopped, yet has learned exactly the same.
 */
export function learnedSet(model: SpamsiftModel): string[] {
  const bayes = model.bayes as BayesJSON;
  return bayes.documents.ids
    .map((id, d) => {
      const tokens = (decodeTokenList(bayes.documents.tokens[d] ?? '') as number[]).map((t) => bayes.vocabulary[t] as string);
      return `${id}\u0000${bayes.documents.labels[d]}\u0000${tokens.sort().join('\u0001')}`;
    })
    .sort();
}

export type LabeledComment = Comment & { label: Label };

/** The project's own fixture comments (written for spamsift; see fixtures/README.md). */
export function fixtureComments(): LabeledComment[] {
  const text = readFileSync(join(import.meta.dirname, '..', '..', '..', 'fixtures', 'comments.jsonl'), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabeledComment);
}
