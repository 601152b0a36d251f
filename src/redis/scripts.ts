// The two writes that must be atomic run as Lua scripts inside Redis.

/**
 * Appends one event with the next event number. Numbering inside the same script as XADD is what
 * lets a reader see a gap (an event it never got) instead of silently missing it.
 * KEYS: events, seq. ARGV: version, eid, op, label, comment. Returns [stream id, seq].
 */
export const APPEND_EVENT = `
local seq = redis.call('INCR', KEYS[2])
local id = redis.call('XADD', KEYS[1], '*', 'v', ARGV[1], 'seq', seq, 'eid', ARGV[2], 'op', ARGV[3], 'label', ARGV[4], 'comment', ARGV[5])
return {id, seq}
`;

/**
 * Stores a snapshot, keeps only the newest ARGV[4] of them, and trims the stream to the oldest one
 * kept: every kept snapshot can still be replayed forward, so a corrupt newest one falls back to
 * the one before. KEYS: events, snapshots (hash), snapshot index (zset).
 * ARGV: position, seq, text, keep. Returns the number of stream entries trimmed.
 */
export const SAVE_SNAPSHOT = `
redis.call('HSET', KEYS[2], ARGV[1], ARGV[3])
redis.call('ZADD', KEYS[3], ARGV[2], ARGV[1])
local keep = tonumber(ARGV[4])
local n = redis.call('ZCARD', KEYS[3])
if n > keep then
  local old = redis.call('ZRANGE', KEYS[3], 0, n - keep - 1)
  for _, position in ipairs(old) do redis.call('HDEL', KEYS[2], position) end
  redis.call('ZREMRANGEBYRANK', KEYS[3], 0, n - keep - 1)
end
local oldest = redis.call('ZRANGE', KEYS[3], 0, 0)[1]
return redis.call('XTRIM', KEYS[1], 'MINID', oldest)
`;
