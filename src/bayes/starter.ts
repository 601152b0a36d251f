// The starter model: a second, read-only classifier learned on public corpora, shipped as a table
// of fitted token weights (src/bayes/starter-model.json, rebuilt by scripts/build-starter.mjs;
// the table format is src/bayes/starter-table.ts). It is never written to: a site's own learning
// goes to the site's classifier, and the starter only lends evidence until that classifier has
// grown (the schedule is in src/verdict/starter.ts). Checked like any model file, so a corrupt or
// foreign starter is refused with the usual codes.
import { readFileSync } from 'node:fs';
import { SpamsiftError } from '../errors.js';

/**
 * The shipped file sits beside this module (src/bayes/) and beside the bundles in dist/ (tsup
 * copies it there), so one relative URL finds it from source and from the package. It is a file,
 * not a module, so that importing spamsift loads none of it: only a moderator created
 * with `starter: true` reads it, each time (nothing is kept at module level).
 */
const STARTER_FILE = './starter-model.json';

interface StarterFile {
  about: unknown;
  table: unknown;
}

function readShipped(): StarterFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(new URL(STARTER_FILE, import.meta.url), 'utf8'));
  } catch (error) {
    throw new SpamsiftError('E_MODEL_CORRUPT', `the starter model shipped with spamsift (${STARTER_FILE} beside its code) cannot be read: ${(error as Error).message}; ship that file beside spamsift's code (a bundler must copy it), or pass starter: false`, 'options.starter');
  }
  if (typeof parsed !== 'object' || parsed === null || !('table' in parsed) || !('about' in parsed)) {
    throw new SpamsiftError('E_MODEL_CORRUPT', `the starter model shipped with spamsift (${STARTER_FILE}) is not a starter file.`, 'options.starter');
  }
  return parsed as StarterFile;
}

/** The shipped starter, a starter table (src/bayes/starter-table.ts), checked by readStarterTable. */
export function shippedStarterTable(): unknown {
  return readShipped().table;
}

/** Where the shipped starter's counts came from: corpora, licences, attribution, build date. */
export function starterAbout(): unknown {
  return readShipped().about;
}
