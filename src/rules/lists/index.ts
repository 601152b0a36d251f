// Rules that come from the caller's options rather than from the catalog: allow/block lists,
// WordPress key lists and the site's languages. Built once per moderator; matching data lives in the rule closures.
import type { ResolvedOptions } from '../../options.js';
import type { Rule } from '../../types.js';
import { createAllowBlockRules } from './allow-block.js';
import { createKeyListRule } from './wordpress-keys.js';
import { createLanguageRules } from '../catalog/language.js';

/**
 * Substring lists are a weak signal on their own (the community list flags a fifth of youtube
 * spam and 4 % of ham): a disallowed key weighs like one strong rule, not a verdict.
 */
export const DISALLOWED_KEY_SCORE = 3;
/** Enough to reach the moderate threshold by itself (3 points ≈ score 0.5), as WordPress holds such comments. */
export const MODERATION_KEY_SCORE = 3.5;

/** Rules built from the caller's allow/block lists and WordPress key lists. */
export function createListRules(options: ResolvedOptions): Rule[] {
  const rules = [...createAllowBlockRules('allow', options.allow), ...createAllowBlockRules('block', options.block)];
  const disallowed = createKeyListRule(options.disallowedKeys, {
    id: 'LIST_DISALLOWED_KEY',
    score: DISALLOWED_KEY_SCORE,
    kind: 'disallowed',
    description: 'Contains a WordPress disallowed comment key (substring of name, e-mail, URL, content, IP or user agent)',
  });
  if (disallowed) rules.push(disallowed);
  const moderation = createKeyListRule(options.moderationKeys, {
    id: 'LIST_MODERATION_KEY',
    score: MODERATION_KEY_SCORE,
    kind: 'moderation',
    description: 'Contains a WordPress comment moderation key: hold for review',
  });
  if (moderation) rules.push(moderation);
  rules.push(...createLanguageRules(options.site.languages));
  return rules;
}

export { buildAhoCorasick, type AhoCorasick } from './aho-corasick.js';
export { compileKeyList, parseKeyList } from './wordpress-keys.js';
