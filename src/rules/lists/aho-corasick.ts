// Aho-Corasick over UTF-16 code units, stored in typed arrays so a 60,000-key list costs a few
// megabytes and one pass over the text finds every key it contains.
//
// Built from the sorted keys breadth-first: each trie node is a contiguous range of sorted keys
// that share a prefix, so a node's children are found by one linear partition of its range and
// get consecutive ids. A node's outgoing edges are then `childStart[v] .. childStart[v] +
// childCount[v]`, labelled by `label[]`, sorted by label (binary search when there are many).

export interface AhoCorasick {
  /** Indexes (into the keys given to build) of every key occurring in `text`, each once, in order of first occurrence. */
  search(text: string, found?: Set<number>): Set<number>;
  /** Calls `onMatch(key, end)` for every occurrence, `end` being the index after its last code unit. */
  forEachMatch(text: string, onMatch: (key: number, end: number) => void): void;
  readonly states: number;
}

const ROOT = 0;
/** Ints per state in the packed matching table: first edge, edge count, failure, report, dense row. */
const STRIDE = 5;

/** `keys` must already be in the case the text will be searched in; empty keys are ignored. */
export function buildAhoCorasick(keys: readonly string[]): AhoCorasick {
  const order = keys.map((_, i) => i).filter((i) => (keys[i] as string).length > 0);
  order.sort((a, b) => {
    const x = keys[a] as string;
    const y = keys[b] as string;
    return x < y ? -1 : x > y ? 1 : a - b;
  });
  const sorted = order.map((i) => keys[i] as string);
  let total = 1;
  for (const k of sorted) total += k.length;

  const label = new Uint16Array(total);
  const childStart = new Int32Array(total);
  const childCount = new Int32Array(total);
  const parent = new Int32Array(total);
  const output = new Int32Array(total).fill(-1);
  const rangeLo = new Int32Array(total);
  const rangeHi = new Int32Array(total);
  const depth = new Int32Array(total);

  // Breadth-first construction: nodes are numbered in BFS order, which the failure links need.
  rangeLo[ROOT] = 0;
  rangeHi[ROOT] = sorted.length;
  let next = 1;
  for (let v = 0; v < next; v++) {
    const d = depth[v] as number;
    let i = rangeLo[v] as number;
    const hi = rangeHi[v] as number;
    // Keys that end exactly here come first in sorted order.
    while (i < hi && (sorted[i] as string).length === d) {
      if (output[v] === -1) output[v] = order[i] as number;
      i++;
    }
    childStart[v] = next;
    while (i < hi) {
      const c = (sorted[i] as string).charCodeAt(d);
      let j = i + 1;
      while (j < hi && (sorted[j] as string).charCodeAt(d) === c) j++;
      label[next] = c;
      parent[next] = v;
      depth[next] = d + 1;
      rangeLo[next] = i;
      rangeHi[next] = j;
      next++;
      i = j;
    }
    childCount[v] = next - (childStart[v] as number);
  }
  const states = next;

  // The root is the busiest node: give it a direct table.
  const rootNext = new Int32Array(65536).fill(ROOT);
  for (let c = childStart[ROOT] as number, end = c + (childCount[ROOT] as number); c < end; c++) rootNext[label[c] as number] = c;

  // Nodes with many children (a few thousand in a 60,000-key list) get a dense row for ASCII
  // characters, where a binary search would cost most; the rest stay sorted edge lists.
  const WIDE = 8;
  const wideRow = new Int32Array(states).fill(-1);
  let rows = 0;
  for (let v = 1; v < states; v++) if ((childCount[v] as number) >= WIDE) wideRow[v] = rows++;
  const wideNext = new Int32Array(rows * 128);
  for (let v = 1; v < states; v++) {
    const row = wideRow[v] as number;
    if (row < 0) continue;
    for (let c = childStart[v] as number, end = c + (childCount[v] as number); c < end; c++) {
      const l = label[c] as number;
      if (l < 128) wideNext[row * 128 + l] = c;
    }
  }

  function child(v: number, c: number): number {
    if (v === ROOT) return rootNext[c] as number;
    const row = wideRow[v] as number;
    if (row >= 0 && c < 128) {
      const g = wideNext[row * 128 + c] as number;
      return g > 0 ? g : -1;
    }
    let lo = childStart[v] as number;
    let hi = lo + (childCount[v] as number) - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const l = label[mid] as number;
      if (l === c) return mid;
      if (l < c) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  const fail = new Int32Array(states);
  // Nearest proper suffix state that ends a key (-1 when none): reports keys inside keys.
  const dictLink = new Int32Array(states).fill(-1);
  for (let v = 1; v < states; v++) {
    const p = parent[v] as number;
    const c = label[v] as number;
    let f = ROOT;
    if (p !== ROOT) {
      f = fail[p] as number;
      for (;;) {
        const g = child(f, c);
        if (g > 0) {
          f = g;
          break;
        }
        if (f === ROOT) break;
        f = fail[f] as number;
      }
    }
    fail[v] = f;
    dictLink[v] = output[f] !== -1 ? f : (dictLink[f] as number);
  }

  // Matching touches a state's edges, failure link and report link on every character. Packed
  // side by side (5 ints a state) they share a cache line, where separate arrays cost one miss
  // each in an automaton of several megabytes.
  const packed = new Int32Array(states * STRIDE);
  for (let v = 0; v < states; v++) {
    const b = v * STRIDE;
    packed[b] = childStart[v] as number;
    packed[b + 1] = childCount[v] as number;
    packed[b + 2] = fail[v] as number;
    // First state of the dictionary chain that ends a key, or -1: one test per character.
    packed[b + 3] = output[v] !== -1 ? v : (dictLink[v] as number);
    packed[b + 4] = (wideRow[v] as number) < 0 ? -1 : (wideRow[v] as number) * 128;
  }

  // Construction sized some arrays for the worst case (one state per key character); keep only the states.
  return createMatcher({ states, packed, label: label.slice(0, states), rootNext, wideNext, output: output.slice(0, states), dictLink });
}

/** What matching needs, and nothing the construction used: the closures below keep only this alive. */
interface Tables {
  states: number;
  packed: Int32Array;
  label: Uint16Array;
  rootNext: Int32Array;
  wideNext: Int32Array;
  output: Int32Array;
  dictLink: Int32Array;
}

function createMatcher({ states, packed, label, rootNext, wideNext, output, dictLink }: Tables): AhoCorasick {
  function forEachMatch(text: string, onMatch: (key: number, end: number) => void): void {
    let s = ROOT;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      for (;;) {
        if (s === ROOT) {
          s = rootNext[c] as number;
          break;
        }
        const b = s * STRIDE;
        const wide = packed[b + 4] as number;
        let g = 0;
        if (wide >= 0 && c < 128) g = wideNext[wide + c] as number;
        else {
          let lo = packed[b] as number;
          let hi = lo + (packed[b + 1] as number) - 1;
          while (lo <= hi) {
            const mid = (lo + hi) >> 1;
            const l = label[mid] as number;
            if (l === c) {
              g = mid;
              break;
            }
            if (l < c) lo = mid + 1;
            else hi = mid - 1;
          }
        }
        if (g > 0) {
          s = g;
          break;
        }
        s = packed[b + 2] as number;
      }
      if (s === ROOT) continue;
      for (let t = packed[s * STRIDE + 3] as number; t !== -1; t = dictLink[t] as number) onMatch(output[t] as number, i + 1);
    }
  }

  return {
    states,
    forEachMatch,
    search(text, found = new Set<number>()) {
      forEachMatch(text, (key) => found.add(key));
      return found;
    },
  };
}
