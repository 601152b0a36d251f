// Bench-only entry (bundled from src/ by bench/lib/load-from-src.mjs): each catalog rule's own
// cost, for bench/rule-cost.mjs. Wired as src/moderator.ts wires the rules stage: the moderator's
// word memo entries, the rule set's gates, one RuleInput per comment.
import { extractFeatures, type FeatureContext } from '../../src/features/index.js';
import { readComment } from '../../src/input.js';
import { createLinkCache } from '../../src/links/index.js';
import { normalizeComment } from '../../src/normalize/index.js';
import { setDefaults } from '../../src/options.js';
import { CATALOG, buildRuleSet, createListRules, ruleGates } from '../../src/rules/index.js';
import { gateFacts, gateOpen } from '../../src/rules/gate.js';
import { createRuleInput } from '../../src/rules/rule-input.js';
import { createStemmer } from '../../src/tokenize/index.js';
import type { CommentInput, RuleInput, WordFacts } from '../../src/types.js';

export interface RuleCostSet {
  ids: string[];
  /** Per rule: [comments its gate let through, the µs those tests took]. */
  time(rounds: number): { ids: string[]; open: number[]; micros: number[] };
}

export function ruleCostSet(comments: CommentInput[]): RuleCostSet {
  const resolved = setDefaults({});
  const context: FeatureContext = { stem: createStemmer('auto'), links: createLinkCache() };
  const rules = buildRuleSet([...CATALOG, ...createListRules(resolved)], resolved.rules);
  const gates = ruleGates(rules);
  const prepared = comments.map((c) => {
    const entries: (WordFacts | undefined)[] = [];
    const features = extractFeatures(normalizeComment(readComment(c), { maxLength: resolved.maxLength }), context, entries);
    return { features, entries };
  });
  const ids = rules.map((r) => r.id);
  return {
    ids,
    time(rounds) {
      const micros = new Array<number>(rules.length).fill(Infinity);
      const open = new Array<number>(rules.length).fill(0);
      for (let round = 0; round < rounds; round++) {
        // Fresh inputs each round; the shared facts (scan, link facts) are worked out here, by one
        // pass of every rule, so each rule's row is its own code.
        const inputs: RuleInput[] = prepared.map((p) => createRuleInput(p.features, p.entries));
        const presents = inputs.map((input) => gateFacts(input, gates.usesScan));
        for (let i = 0; i < inputs.length; i++) for (let r = 0; r < rules.length; r++) if (gateOpen(gates, r, presents[i]!)) rules[r]!.test(inputs[i]!);
        for (let r = 0; r < rules.length; r++) {
          let n = 0;
          const s = process.hrtime.bigint();
          for (let i = 0; i < inputs.length; i++) {
            if (!gateOpen(gates, r, presents[i]!)) continue;
            n++;
            rules[r]!.test(inputs[i]!);
          }
          micros[r] = Math.min(micros[r]!, Number(process.hrtime.bigint() - s) / 1000);
          open[r] = n;
        }
      }
      return { ids, open, micros };
    },
  };
}
