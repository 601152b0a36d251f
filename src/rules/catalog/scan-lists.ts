// Rule-owned word lists that the shared word scan (scan.ts) reads for their rules.
//
// Why: learn() runs every rule on every comment (each hit is a Bayes token), and on short comments
// the rules' fixed cost dominates. A rule that looked its own list up word by word (`roles.get(w)`
// for each body word) paid a hash lookup per word per comment before it knew it could hit. A list
// registered here costs the comment nothing of its own: the scan looks each distinct word up once
// per moderator (the answer stays on the word memo entry), ors every list's role bits per comment
// (Scan.listBits), and the rule reads its bits with listRolesOf (scan.ts) before it walks any word.
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

/**
 * Where a registered list's bits sit in Scan.listBits: field `field`, from bit `shift`, `mask` wide
 * (the or of all its roles). Lists are packed side by side into LIST_FIELDS numbers of FIELD_BITS
 * bits, so the scan ors a few small integers per listed word and allocates nothing per list.
 */
export interface ScanList {
  readonly field: number;
  readonly shift: number;
  readonly mask: number;
  readonly roles: ReadonlyMap<string, number>;
}

/** Bits per field: 30, so every field stays a small integer (V8's Smi), never a heap number. */
const FIELD_BITS = 30;
/** Fields in Scan.listBits (scan.ts reads exactly this many). When the lists outgrow them, add one there and here. */
export const LIST_FIELDS = 3;

const LISTS: ScanList[] = [];
let field = 0;
let used = 0;
let sealed = false;

/** Registers a rule's word list with the shared scan (call once, when the rule's module loads). */
export function registerScanList(roles: ReadonlyMap<string, number>): ScanList {
  if (sealed) throw new Error('registerScanList: the word scan has already built its table; register a list when its rule module loads');
  let mask = 0;
  for (const r of roles.values()) mask |= r;
  if (mask < 0 || mask >= 2 ** FIELD_BITS) throw new Error(`registerScanList: role bits must be below 2^${FIELD_BITS}`);
  const width = 32 - Math.clz32(mask);
  if (used + width > FIELD_BITS) {
    field++;
    used = 0;
  }
  if (field >= LIST_FIELDS) throw new Error(`registerScanList: the registered lists need more than ${LIST_FIELDS} fields of ${FIELD_BITS} bits; raise LIST_FIELDS (scan-lists.ts, scan.ts)`);
  const list: ScanList = Object.freeze({ field, shift: used, mask, roles });
  used += width;
  LISTS.push(list);
  return list;
}

/** Every registered list. Closes the registry: the scan builds its table from this once. */
export function sealScanLists(): readonly ScanList[] {
  sealed = true;
  return LISTS;
}
