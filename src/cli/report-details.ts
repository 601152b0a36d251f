// What the report shows beyond the numbers: the reasons behind each mistake and a few example
// hits per rule. evaluate() returns decisions and scores only, so the report wraps each fold's
// moderator (EvaluateOptions.create) and keeps the verdicts it will show, and no others: memory
// stays proportional to the mistakes, not to the corpus.
import type { CommentInput, Moderator, Reason } from '../index.js';
import type { Checker, LabeledComment } from '../evaluate/index.js';

export interface RuleExample {
  /** Index into the evaluated corpus. */
  index: number;
  evidence: string[];
}

export interface ReportDetails {
  /** The reasons of every misclassified test comment (ham not decided ham, spam not decided spam), by corpus index. */
  mistakes: Map<number, Reason[]>;
  /** Up to `examplesPerRule` test comments of each class that each rule hit, in test order. */
  examples: Map<string, { spam: RuleExample[]; ham: RuleExample[] }>;
}

export const EXAMPLES_PER_RULE = 3;

/**
 * A factory of recording checkers for evaluate(): each call makes a fresh moderator with `create`,
 * whose verdicts land in `details`. Comments are found by identity (strings by value: identical
 * texts share an entry, which shows the same text either way).
 */
export function recordDetails(items: readonly LabeledComment[], create: () => Moderator, examplesPerRule = EXAMPLES_PER_RULE): { create: () => Checker; details: ReportDetails } {
  const indexOf = new Map<CommentInput, number>();
  items.forEach((item, i) => indexOf.set(item.comment, i));
  const details: ReportDetails = { mistakes: new Map(), examples: new Map() };
  const record = (comment: CommentInput, verdict: ReturnType<Moderator['check']>): void => {
    const index = indexOf.get(comment);
    const item = index === undefined ? undefined : items[index];
    if (index === undefined || item === undefined) return;
    if (verdict.decision !== item.label) details.mistakes.set(index, verdict.reasons);
    for (const reason of verdict.reasons) {
      // The classifier is a reason on every trained verdict: examples of it say nothing.
      if (reason.id === 'BAYES') continue;
      let slot = details.examples.get(reason.id);
      if (!slot) details.examples.set(reason.id, (slot = { spam: [], ham: [] }));
      const list = slot[item.label];
      if (list.length < examplesPerRule && !list.some((e) => e.index === index)) list.push({ index, evidence: reason.evidence });
    }
  };
  return {
    details,
    create: () => {
      const moderator = create();
      return {
        learn: (comment, label) => moderator.learn(comment, label),
        check: (comment) => {
          const verdict = moderator.check(comment);
          record(comment, verdict);
          return verdict;
        },
      };
    },
  };
}
