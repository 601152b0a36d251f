// The moderator's memo of host answers (HostAnswers in types.ts). A site's spam repeats the same
// few hosts, and several rules ask the same questions of each link (is it a shortener, a free
// host, a messenger, a well-known site?): each question walks the host's labels, slicing a new
// string per label and hashing it in a set. Remembered per host, a repeated host costs one lookup
// of a string already hashed. Bounded like the link memo (links/cache.ts), one memo per set: the
// sets are the catalog's own constants, so their number is fixed by the code.
import { BoundedMemo } from '../links/index.js';
import type { HostAnswers } from '../types.js';
import { hostInSet } from './lists/hosts.js';
import { wellKnownSite } from './lists/well-known.js';

export const DEFAULT_HOST_MEMO_SIZE = 4096;

class HostMemo implements HostAnswers {
  private readonly sets = new Map<ReadonlySet<string>, BoundedMemo<string | null>>();
  private readonly known: BoundedMemo<string | null>;

  constructor(private readonly capacity: number) {
    this.known = new BoundedMemo(capacity);
  }

  inSet(host: string, set: ReadonlySet<string>): string | undefined {
    let memo = this.sets.get(set);
    if (memo === undefined) {
      memo = new BoundedMemo(this.capacity);
      this.sets.set(set, memo);
    }
    let answer = memo.get(host);
    if (answer === undefined) {
      answer = hostInSet(host, set) ?? null;
      memo.set(host, answer);
    }
    return answer ?? undefined;
  }

  wellKnown(host: string): string | undefined {
    let answer = this.known.get(host);
    if (answer === undefined) {
      answer = wellKnownSite(host) ?? null;
      this.known.set(host, answer);
    }
    return answer ?? undefined;
  }
}

/** A new host memo for one moderator (the rules stage is handed it through ScoreContext.hosts). */
export function createHostMemo(capacity = DEFAULT_HOST_MEMO_SIZE): HostAnswers {
  return new HostMemo(capacity);
}
