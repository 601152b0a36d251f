// Requests per key per minute, as a token bucket: a key may burst up to its minute's allowance,
// then gets one more request every 60/limit seconds. The map only ever holds keys from the keys
// file (requests are counted after the key is checked), so it cannot grow without bound.

export interface RateLimiter {
  /** True when the key may make one more request now (and counts it). */
  take(key: string, now: number): boolean;
  /** Seconds until the key's next request would be allowed. */
  retryAfter(key: string, now: number): number;
}

export function createRateLimiter(perMinute: number): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const refillPerMs = perMinute / 60_000;

  function refill(key: string, now: number): { tokens: number; at: number } {
    let b = buckets.get(key);
    if (b === undefined) {
      b = { tokens: perMinute, at: now };
      buckets.set(key, b);
    } else {
      b.tokens = Math.min(perMinute, b.tokens + Math.max(0, now - b.at) * refillPerMs);
      b.at = now;
    }
    return b;
  }

  return {
    take(key, now) {
      if (perMinute <= 0) return true;
      const b = refill(key, now);
      if (b.tokens < 1) return false;
      b.tokens -= 1;
      return true;
    },
    retryAfter(key, now) {
      if (perMinute <= 0) return 0;
      const b = refill(key, now);
      return Math.max(1, Math.ceil((1 - b.tokens) / refillPerMs / 1000));
    },
  };
}
