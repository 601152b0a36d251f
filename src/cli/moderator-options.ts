// Options shared by check, train and eval: the model file and the moderation settings a site
// keeps in files (thresholds, WordPress key lists).
import type { ModeratorOptions } from '../index.js';
import { readKeysFile } from './model-file.js';
import { readThresholds, stringOption, type OptionSpec, type Parsed } from './args.js';

export const MODERATOR_OPTIONS = {
  thresholds: { type: 'string' },
  'disallowed-keys': { type: 'string' },
  'moderation-keys': { type: 'string' },
} as const satisfies OptionSpec;

export const MODERATOR_HELP = `  --thresholds M,S,D      score cut-offs moderate,spam,discard (or spam=0.8,…); default 0.5,0.9,0.995
  --disallowed-keys FILE  WordPress "Disallowed Comment Keys" list: a match adds 3 points (a
                          signal weighed with the others, not a verdict: alone it moderates)
  --moderation-keys FILE  WordPress "Comment Moderation" list: a match adds 3.5 points (alone it
                          moderates)`;

/** The moderator options a command's flags describe; `model` is the model file's text when given. */
export function moderatorOptions(values: Parsed['values'], model: string | undefined): ModeratorOptions {
  const options: ModeratorOptions = {};
  const thresholds = readThresholds(stringOption(values, 'thresholds'));
  if (thresholds) options.thresholds = thresholds;
  const disallowed = stringOption(values, 'disallowed-keys');
  if (disallowed !== undefined) options.disallowedKeys = readKeysFile(disallowed, 'disallowed keys file');
  const moderation = stringOption(values, 'moderation-keys');
  if (moderation !== undefined) options.moderationKeys = readKeysFile(moderation, 'moderation keys file');
  if (model !== undefined) options.model = model;
  return options;
}
