// Matches many word sequences in one pass over a word array: a trie of words walked from each
// position. Cost is one Map lookup per word plus a short walk where a phrase starts, bounded
// by the longest phrase, so it stays linear however many phrases there are.

export interface PhraseMatch<K> {
  kind: K;
  /** The phrase as written in the catalog (what a moderator reads). */
  phrase: string;
  /** Index of the first word of the match. */
  start: number;
  /** Index of the word after the match. */
  end: number;
}

export interface PhraseNode<K> {
  next: Map<string, PhraseNode<K>>;
  out: { kind: K; phrase: string }[];
}

export interface PhraseMatcher<K> {
  /** Every phrase occurrence, in order of where it starts. Overlapping matches are all reported. */
  match(words: readonly string[]): PhraseMatch<K>[];
  /** First-word nodes, so a caller already looking words up can start walks itself (see walkPhrases). */
  readonly starts: ReadonlyMap<string, PhraseNode<K>>;
  readonly size: number;
}

const SPLIT = /[^\p{L}\p{N}]+/u;

/** The word sequence a phrase is matched as: lowercase letters/digits runs. */
export function phraseWords(phrase: string): string[] {
  return phrase.toLowerCase().split(SPLIT).filter((w) => w.length > 0);
}

/** Reports every phrase that starts at `words[start]`, whose trie node is `first`. */
export function walkPhrases<K>(words: readonly string[], start: number, first: PhraseNode<K>, found: PhraseMatch<K>[]): void {
  let node: PhraseNode<K> | undefined = first;
  let j = start + 1;
  while (node !== undefined) {
    for (const o of node.out) found.push({ kind: o.kind, phrase: o.phrase, start, end: j });
    if (j >= words.length || node.next.size === 0) return;
    node = node.next.get(words[j] as string);
    j++;
  }
}

export function createPhraseMatcher<K>(entries: Iterable<{ kind: K; phrase: string }>): PhraseMatcher<K> {
  const root: PhraseNode<K> = { next: new Map(), out: [] };
  let size = 0;
  for (const { kind, phrase } of entries) {
    const words = phraseWords(phrase);
    if (words.length === 0) continue;
    let node = root;
    for (const w of words) {
      let child = node.next.get(w);
      if (child === undefined) {
        child = { next: new Map(), out: [] };
        node.next.set(w, child);
      }
      node = child;
    }
    node.out.push({ kind, phrase });
    size++;
  }
  return {
    size,
    starts: root.next,
    match(words) {
      const found: PhraseMatch<K>[] = [];
      for (let i = 0; i < words.length; i++) {
        const first = root.next.get(words[i] as string);
        if (first !== undefined) walkPhrases(words, i, first, found);
      }
      return found;
    },
  };
}
