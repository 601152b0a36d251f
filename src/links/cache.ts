// What one moderator remembers about hosts across comments: a site's spam repeats the same few
// hosts and URLs, and describing a host (IDNA, the public suffix list) and breaking its labels and
// slugs into words cost more than the rest of a link. Both are pure functions of their key, so a
// remembered answer is the answer. Bounded like the stem memo: two generations of `capacity`
// entries; when the young one fills it becomes the old one and the previous old one is dropped.
import type { HostInfo } from './domain.js';

export class BoundedMemo<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();

  constructor(private readonly capacity: number) {}

  get(key: string): V | undefined {
    const hit = this.young.get(key);
    if (hit !== undefined) return hit;
    const aged = this.old.get(key);
    if (aged !== undefined) this.set(key, aged);
    return aged;
  }

  set(key: string, value: V): void {
    this.young.set(key, value);
    if (this.young.size >= this.capacity) {
      this.old = this.young;
      this.young = new Map();
    }
  }

  size(): number {
    return this.young.size + this.old.size;
  }
}

/**
 * What a link target says, read once per distinct target: its scheme, host description and path,
 * and (filled on first need, since a target rejected as prose never needs them) the words of its
 * labels and slugs. Each field is a function of the target string alone.
 */
export interface TargetReading {
  /** Lowercase scheme without `://`, '' when none. */
  scheme: string;
  info: HostInfo;
  /** Path, query and fragment as written (cut at MAX_PATH_LENGTH). */
  path: string;
  lowerPath: string;
  /** Undefined until first asked for (collect.ts); callers copy before handing out. */
  words: readonly string[] | undefined;
}

/** A moderator's link memo (see above); each extractLinks call may be given one. */
export interface LinkCache {
  /** Host as written → its description (null: not a host). */
  hosts: BoundedMemo<HostInfo | null>;
  /**
   * Link target as written → its reading (null: no host, or not a host). Keyed by the target
   * itself, so a repeated link costs one lookup instead of a URL split, a host lookup and a
   * lookup under a `host\0path` key built for the occasion.
   */
  targets: BoundedMemo<TargetReading | null>;
}

export const DEFAULT_LINK_CACHE_SIZE = 4096;

export function createLinkCache(capacity = DEFAULT_LINK_CACHE_SIZE): LinkCache {
  return { hosts: new BoundedMemo(capacity), targets: new BoundedMemo(capacity) };
}
