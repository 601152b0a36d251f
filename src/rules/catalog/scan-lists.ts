// Rule-owned word lists that the shared word scan (scan.ts) reads for their rules.
//
// Why: learn() runs every rule on every comment (each hit is a Bayes token), and on short comments
// the rules' fixed cost dominates. A rule that looked its own list up word by word (`roles.get(w)`
// for each body word) paid a hash lookup per word per comment before it knew it could hit. A list
// registered here costs the comment nothing of its own: the scan looks each distinct word up once
// per moderator (the answer stays on the word memo entry), ors every list's role bits per comment
// (Scan.lists), and the rule reads its bits with listRolesOf (scan.ts) before it walks any word.
//
// How a rule joins: build its `word → role bits` map as before (roleMap in fold-words.ts, or a Set
// as bit 1), register it as a module constant, and read `listRolesOf(f, LIST)`:
//
//   const ROLES = roleMap([[PRODUCT, [...]], [OFFER, [...]]]);
//   const ROLE_LIST = registerScanList(ROLES);
//   …
//   const roles = listRolesOf(f, ROLE_LIST); // = rolesOfWords(f.words, ROLES), from the scan
//
// The answer is exactly rolesOfWords(f.words, roles): the or of every body word's bits. The map must
// not change after it is registered (a roleMap is never written to after it is built).
//
// Build order: rule modules load after scan.ts (they import it), so the scan compiles its word table
// from this registry on first use, not when scan.ts loads. Every catalog module loads with the
// package entry, before any moderator exists; a list registered after the table is built would be
// missing from it, so that throws instead.

/** A registered list: `index` is its slot in Scan.lists. */
export interface ScanList {
  readonly index: number;
  readonly roles: ReadonlyMap<string, number>;
}

const LISTS: ScanList[] = [];
let sealed = false;

/** Registers a rule's word list with the shared scan (call once, when the rule's module loads). */
export function registerScanList(roles: ReadonlyMap<string, number>): ScanList {
  if (sealed) throw new Error('registerScanList: the word scan has already built its table; register a list when its rule module loads');
  const list: ScanList = Object.freeze({ index: LISTS.length, roles });
  LISTS.push(list);
  return list;
}

/** Every registered list, in slot order. Closes the registry: the scan builds its table from this once. */
export function sealScanLists(): readonly ScanList[] {
  sealed = true;
  return LISTS;
}
