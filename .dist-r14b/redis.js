import { randomUUID, createHash } from 'crypto';
import { createClient } from 'redis';
import { SpamsiftError, isSpamsiftError, createModerator, learnId } from 'spamsift';
import { readFile, writeFile, rename } from 'fs/promises';

// src/redis/connect.ts

// src/redis/describe.ts
function describeValue(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
  if (typeof value === "object") return "an object";
  if (typeof value === "function") return "a function";
  if (typeof value === "symbol") return "a symbol";
  return `${typeof value} ${String(value).slice(0, 40)}`;
}

// src/redis/stream-id.ts
var START_ID = "0-0";
var STREAM_ID = /^(\d{1,20})-(\d{1,20})$/;
function isStreamId(value) {
  return typeof value === "string" && STREAM_ID.test(value);
}
function parts(id) {
  const m = STREAM_ID.exec(id);
  if (m === null) return [0n, 0n];
  return [BigInt(m[1]), BigInt(m[2])];
}
function compareIds(a, b) {
  const [am, as] = parts(a);
  const [bm, bs] = parts(b);
  if (am !== bm) return am < bm ? -1 : 1;
  return as === bs ? 0 : as < bs ? -1 : 1;
}
function idTime(id) {
  return Number(parts(id)[0]);
}

// src/redis/events.ts
var EVENT_VERSION = "1";
var DEDUP_WINDOW_MS = 10 * 60 * 1e3;
var COMMENT_KEYS = ["id", "content", "contentFormat", "author", "request", "target", "createdAt", "type"];
function encodeComment(input) {
  if (typeof input === "string") return JSON.stringify({ content: input });
  const kept = {};
  for (const key of COMMENT_KEYS) if (input[key] !== void 0) kept[key] = input[key];
  return JSON.stringify(kept);
}
function malformed(id, why) {
  return new SpamsiftError("E_EVENT_MALFORMED", `stream entry ${id} is not a spamsift event (${why}); every instance skips it.`, `events.${id}`);
}
function decodeEvent(id, fields) {
  if (fields["v"] !== EVENT_VERSION) return malformed(id, `version ${JSON.stringify(String(fields["v"]).slice(0, 20))}, this spamsift reads ${EVENT_VERSION}`);
  const seq = Number(fields["seq"]);
  if (!Number.isSafeInteger(seq) || seq < 1) return malformed(id, "no event number");
  const eid = fields["eid"];
  if (typeof eid !== "string" || eid === "" || eid.length > 100) return malformed(id, "no event id");
  const op = fields["op"];
  if (op !== "learn" && op !== "unlearn") return malformed(id, "unknown operation");
  const label = fields["label"];
  if (op === "learn" && label !== "spam" && label !== "ham") return malformed(id, "no label");
  let comment;
  try {
    comment = JSON.parse(fields["comment"] ?? "");
  } catch {
    return malformed(id, "comment is not JSON");
  }
  if (typeof comment !== "object" || comment === null || Array.isArray(comment)) return malformed(id, "comment is not an object");
  const event = { id, seq, eid, op, comment };
  if (op === "learn") event.label = label;
  return event;
}
var SeenEvents = class _SeenEvents {
  seen = /* @__PURE__ */ new Map();
  /** True when `eid` already came within the window before stream entry `id`; otherwise records it. */
  repeat(eid, id) {
    const now = idTime(id);
    for (const [old, time] of this.seen) {
      if (time >= now - DEDUP_WINDOW_MS) break;
      this.seen.delete(old);
    }
    if (this.seen.has(eid)) return true;
    this.seen.set(eid, now);
    return false;
  }
  toJSON() {
    return [...this.seen];
  }
  static from(entries) {
    const s = new _SeenEvents();
    for (const [eid, time] of entries) s.seen.set(eid, time);
    return s;
  }
};
var SITE_KEY = /^[A-Za-z0-9_.:-]{1,128}$/;
function siteKeys(key) {
  if (typeof key !== "string" || !SITE_KEY.test(key)) {
    throw new SpamsiftError(
      "E_INVALID_OPTION",
      `key must be 1 to 128 characters of letters, digits, "_", ".", ":" or "-", received ${describeValue(key)}.`,
      "key"
    );
  }
  const prefix = `spamsift:{${key}}:`;
  return { site: key, events: `${prefix}events`, seq: `${prefix}seq`, snapshots: `${prefix}snapshots`, snapshotIndex: `${prefix}snapshot-index` };
}
function invalid(path, expected, received) {
  throw new SpamsiftError("E_INVALID_OPTION", `${path} must be ${expected}, received ${describeValue(received)}.`, path);
}
function whole(value, path, fallback, min) {
  if (value === void 0) return fallback;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < min) invalid(path, `a whole number \u2265 ${min}`, value);
  return value;
}
function callback(value, path) {
  if (value === void 0) return void 0;
  if (typeof value !== "function") invalid(path, "a function", value);
  return value;
}
function readConnectOptions(input) {
  if (typeof input !== "object" || input === null || Array.isArray(input)) invalid("options", "an object with url and key", input);
  const o = input;
  const url = o["url"];
  if (typeof url !== "string" || !/^rediss?:\/\//.test(url)) invalid("url", "a redis:// or rediss:// URL", url);
  const options = o["options"] ?? {};
  if (typeof options !== "object" || options === null || Array.isArray(options)) invalid("options.options", "moderator options (an object)", options);
  if (options.model !== void 0) {
    throw new SpamsiftError(
      "E_INVALID_OPTION",
      "options.options.model is not used by a shared moderator: its model comes from the site's snapshots and events. Learn the comments, or start one instance from a snapshotFile.",
      "options.options.model"
    );
  }
  const snapshotFile = o["snapshotFile"];
  if (snapshotFile !== void 0 && (typeof snapshotFile !== "string" || snapshotFile === "")) invalid("snapshotFile", "a file path", snapshotFile);
  return {
    url,
    key: o["key"],
    options,
    snapshotFile,
    keepSnapshots: whole(o["keepSnapshots"], "keepSnapshots", 2, 1),
    connectTimeoutMs: whole(o["connectTimeoutMs"], "connectTimeoutMs", 5e3, 1),
    syncTimeoutMs: whole(o["syncTimeoutMs"], "syncTimeoutMs", 3e4, 1),
    commandTimeoutMs: whole(o["commandTimeoutMs"], "commandTimeoutMs", 1e4, 1),
    onError: callback(o["onError"], "onError") ?? (() => void 0),
    onApply: callback(o["onApply"], "onApply")
  };
}

// src/redis/scripts.ts
var APPEND_EVENT = `
local seq = redis.call('INCR', KEYS[2])
local id = redis.call('XADD', KEYS[1], '*', 'v', ARGV[1], 'seq', seq, 'eid', ARGV[2], 'op', ARGV[3], 'label', ARGV[4], 'comment', ARGV[5])
return {id, seq}
`;
var SAVE_SNAPSHOT = `
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
var SNAPSHOT_FORMAT = "spamsift-redis-snapshot";
var SNAPSHOT_VERSION = 1;
function sha256(text) {
  return createHash("sha256").update(text).digest("hex");
}
function encodeSnapshot(snapshot) {
  const header = {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    site: snapshot.site,
    position: snapshot.position,
    seq: snapshot.seq,
    seen: snapshot.seen,
    sha256: sha256(snapshot.model)
  };
  return `${JSON.stringify(header)}
${snapshot.model}`;
}
function corrupt(where, why) {
  return new SpamsiftError("E_SNAPSHOT_CORRUPT", `snapshot ${where} is unusable: ${why}.`, where);
}
function isSeen(value) {
  return Array.isArray(value) && value.every((e) => Array.isArray(e) && e.length === 2 && typeof e[0] === "string" && Number.isFinite(e[1]));
}
function decodeSnapshot(text, site, where) {
  if (typeof text !== "string") return corrupt(where, `expected text, found ${describeValue(text)}`);
  const newline = text.indexOf("\n");
  if (newline < 0) return corrupt(where, "no header line");
  let header;
  try {
    header = JSON.parse(text.slice(0, newline));
  } catch {
    return corrupt(where, "the header is not JSON");
  }
  if (typeof header !== "object" || header === null) return corrupt(where, "the header is not an object");
  if (header.format !== SNAPSHOT_FORMAT || header.version !== SNAPSHOT_VERSION) return corrupt(where, `not a ${SNAPSHOT_FORMAT} version ${SNAPSHOT_VERSION}`);
  if (header.site !== site) return corrupt(where, `it belongs to site ${describeValue(header.site)}, not ${JSON.stringify(site)}`);
  if (!isStreamId(header.position) || !Number.isSafeInteger(header.seq) || header.seq < 0) return corrupt(where, "the position is missing");
  if (!isSeen(header.seen)) return corrupt(where, "the recent event ids are missing");
  const model = text.slice(newline + 1);
  if (header.sha256 !== sha256(model)) return corrupt(where, "the model does not match its checksum (truncated or edited)");
  return { site, position: header.position, seq: header.seq, seen: header.seen, model };
}
async function readSnapshotFile(path, site) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    return corrupt(`file ${path}`, `it cannot be read (${error.message})`);
  }
  return decodeSnapshot(text, site, `file ${path}`);
}
async function writeSnapshotFile(path, text) {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text, "utf8");
  await rename(temporary, path);
}

// src/redis/connect.ts
var BATCH = 500;
var BLOCK_MS = 5e3;
var RETRY_MS = 200;
var APPEND_ATTEMPTS = 3;
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function unavailable(what, cause) {
  const detail = cause instanceof Error ? ` (${cause.message})` : "";
  return new SpamsiftError("E_REDIS_UNAVAILABLE", `${what}: Redis cannot be reached${detail}. Checks go on with the local model; try again when Redis is back.`, "redis");
}
function closedError() {
  return new SpamsiftError("E_REDIS_CLOSED", "this shared moderator was closed; connect a new one to learn.", "redis");
}
function within(promise, ms) {
  let timer;
  const timeout = new Promise((resolve) => timer = setTimeout(() => resolve(false), ms));
  return Promise.race([promise.then(() => true), timeout]).finally(() => clearTimeout(timer));
}
async function connectModerator(input) {
  const config = readConnectOptions(input);
  const keys = siteKeys(config.key);
  const makeModerator = (model) => createModerator(model === void 0 ? config.options : { ...config.options, model });
  let moderator = makeModerator();
  let position = START_ID;
  let lastSeq = 0;
  let seen = new SeenEvents();
  let closed = false;
  let online = false;
  let lastError;
  const waiters = [];
  function report(error) {
    lastError = error;
    try {
      config.onError(error);
    } catch {
    }
  }
  const writer = createClient({
    url: config.url,
    disableOfflineQueue: true,
    socket: { connectTimeout: config.connectTimeoutMs, reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, 1e3) }
  });
  const reader = writer.duplicate();
  let connectionError;
  writer.on("error", (error) => connectionError = error);
  reader.on("error", (error) => connectionError = error);
  function timed(command, what) {
    let timer;
    const late = new Promise((_, reject) => {
      timer = setTimeout(() => reject(unavailable(`${what}: no reply within ${config.commandTimeoutMs} ms`)), config.commandTimeoutMs);
    });
    command.catch(() => void 0);
    return Promise.race([command, late]).finally(() => clearTimeout(timer));
  }
  function destroy() {
    if (writer.isOpen) writer.destroy();
    if (reader.isOpen) reader.destroy();
  }
  function load(snapshot) {
    moderator = makeModerator(snapshot.model);
    position = snapshot.position;
    lastSeq = snapshot.seq;
    seen = SeenEvents.from(snapshot.seen);
  }
  async function maxDeletedId() {
    let reply;
    try {
      reply = await writer.sendCommand(["XINFO", "STREAM", keys.events]);
    } catch (error) {
      if (error instanceof Error && /no such key/i.test(error.message)) return START_ID;
      throw error;
    }
    const fields = reply;
    const at = fields.indexOf("max-deleted-entry-id");
    if (at < 0) throw new SpamsiftError("E_REDIS_UNAVAILABLE", "Redis does not report trimmed stream entries: spamsift/redis needs Redis 7.0 or newer.", "redis");
    return String(fields[at + 1]);
  }
  async function snapshotCandidates(extra) {
    const indexed = await writer.zRangeWithScores(keys.snapshotIndex, 0, -1);
    const candidates = indexed.map(({ value, score }) => ({
      seq: score,
      read: async () => decodeSnapshot(await writer.hGet(keys.snapshots, value), keys.site, `${keys.snapshots} ${value}`)
    }));
    if (extra) candidates.push({ seq: extra.seq, read: async () => extra });
    return candidates.sort((a, b) => b.seq - a.seq);
  }
  async function restore(extra, prefer) {
    const deleted = await maxDeletedId();
    const behind = compareIds(position, deleted) < 0;
    if (!behind && !prefer) return true;
    for (const candidate of await snapshotCandidates(extra)) {
      if (candidate.seq <= lastSeq) break;
      const snapshot = await candidate.read();
      if (snapshot instanceof SpamsiftError) {
        report(snapshot);
        continue;
      }
      if (snapshot.seq <= lastSeq || compareIds(snapshot.position, deleted) < 0) continue;
      try {
        load(snapshot);
        return true;
      } catch (error) {
        if (!isSpamsiftError(error) || !error.code.startsWith("E_MODEL")) throw error;
        report(new SpamsiftError("E_SNAPSHOT_CORRUPT", `snapshot at ${snapshot.position} holds a model that is refused: ${error.message}`, "snapshot"));
      }
    }
    return !behind;
  }
  function settleWaiters() {
    for (let i = waiters.length - 1; i >= 0; i--) {
      const waiter = waiters[i];
      if (waiter.seq > lastSeq) {
        if (lastSeq > waiter.armedAt) waiter.arm();
        continue;
      }
      clearTimeout(waiter.timer);
      waiters.splice(i, 1);
      waiter.resolve();
    }
  }
  function apply(event) {
    const duplicate = seen.repeat(event.eid, event.id);
    if (!duplicate) {
      try {
        if (event.op === "learn") moderator.learn(event.comment, event.label);
        else moderator.unlearn(event.comment);
      } catch (error) {
        if (!isSpamsiftError(error)) throw error;
        report(new SpamsiftError("E_EVENT_MALFORMED", `event ${event.id} was skipped: ${error.message}`, `events.${event.id}`));
      }
    }
    lastSeq = event.seq;
    position = event.id;
    config.onApply?.({ id: event.id, seq: event.seq, op: event.op, ...event.label ? { label: event.label } : {}, duplicate });
  }
  function applyBatch(messages, acceptGapAt) {
    for (const { id, message } of messages) {
      const event = decodeEvent(id, message);
      if (event instanceof SpamsiftError) {
        report(event);
        position = id;
        continue;
      }
      if (event.seq <= lastSeq) {
        position = id;
        continue;
      }
      if (event.seq > lastSeq + 1 && event.seq !== acceptGapAt) return event.seq;
      apply(event);
    }
    return 0;
  }
  async function tail(check) {
    let acceptGapAt = 0;
    while (!closed) {
      try {
        if (check) {
          const gap2 = acceptGapAt;
          if (!await restore(void 0, gap2 > 0)) {
            report(new SpamsiftError("E_REPLICATION_GAP", `events after ${position} were trimmed and no readable snapshot covers them; this instance goes on without them.`, "redis"));
          }
          check = false;
        }
        const reply = await reader.xRead({ key: keys.events, id: position }, { BLOCK: BLOCK_MS, COUNT: BATCH });
        online = true;
        const messages = reply === null ? [] : reply[0]?.messages ?? [];
        const gap = applyBatch(messages, acceptGapAt);
        settleWaiters();
        if (gap > 0) {
          report(new SpamsiftError("E_REPLICATION_GAP", `events ${lastSeq + 1} to ${gap - 1} are missing after ${position}; looking for a snapshot that covers them.`, "redis"));
          acceptGapAt = gap;
          check = true;
        }
      } catch (error) {
        if (closed) break;
        if (isSpamsiftError(error) && error.code !== "E_REDIS_UNAVAILABLE") {
          report(error);
        } else if (online) {
          online = false;
          report(unavailable("the stream is not being followed", error ?? connectionError));
        }
        check = true;
        await sleep(RETRY_MS);
      }
    }
  }
  async function append(op, comment, label) {
    if (closed) throw closedError();
    const eid = randomUUID();
    let failure;
    for (let attempt = 0; attempt < APPEND_ATTEMPTS; attempt++) {
      try {
        const reply = await timed(writer.eval(APPEND_EVENT, { keys: [keys.events, keys.seq], arguments: [EVENT_VERSION, eid, op, label, comment] }), op);
        return reply[0];
      } catch (error) {
        if (closed) throw closedError();
        failure = error;
        if (attempt + 1 < APPEND_ATTEMPTS) await sleep(RETRY_MS * (attempt + 1));
      }
    }
    throw unavailable(`${op} was not recorded`, failure);
  }
  const connecting = Promise.all([writer.connect(), reader.connect()]);
  let up;
  try {
    up = await within(connecting, config.connectTimeoutMs);
  } catch (error) {
    destroy();
    throw unavailable(`cannot connect to ${config.key}'s Redis`, error);
  }
  let fromFile = config.snapshotFile === void 0 ? void 0 : await readSnapshotFile(config.snapshotFile, keys.site);
  if (fromFile instanceof SpamsiftError) {
    if (!up) {
      destroy();
      throw fromFile;
    }
    report(fromFile);
    fromFile = void 0;
  }
  let tailing = Promise.resolve();
  if (up) {
    online = true;
    try {
      if (!await restore(fromFile, true)) {
        throw new SpamsiftError("E_REPLICATION_GAP", `the stream of site ${JSON.stringify(keys.site)} was trimmed and no readable snapshot covers it: write a snapshot from a healthy instance, or start from a snapshotFile.`, "redis");
      }
    } catch (error) {
      destroy();
      throw isSpamsiftError(error) ? error : unavailable("cannot read the snapshots", error);
    }
    tailing = tail(false);
  } else {
    if (fromFile === void 0) {
      destroy();
      throw unavailable(`no answer from ${config.key}'s Redis within ${config.connectTimeoutMs} ms, and no snapshotFile to start from`, connectionError);
    }
    load(fromFile);
    report(unavailable("started from the snapshot file; learning waits for Redis", connectionError));
    tailing = connecting.then(
      () => {
        if (closed) return;
        online = true;
        return tail(true);
      },
      () => void 0
      // rejected only by close() destroying the clients
    );
  }
  const shared = {
    get rules() {
      return moderator.rules;
    },
    check: (comment) => moderator.check(comment),
    exportModel: () => moderator.exportModel(),
    status: () => ({ connected: online && writer.isReady && reader.isReady, position, seq: lastSeq, lastError }),
    async learn(comment, label) {
      if (label !== "spam" && label !== "ham") {
        throw new SpamsiftError("E_INVALID_LABEL", `label must be 'spam' or 'ham', received ${describeValue(label)}.`, "label");
      }
      learnId(comment);
      return append("learn", encodeComment(comment), label);
    },
    async unlearn(comment) {
      learnId(comment);
      return append("unlearn", encodeComment(comment), "");
    },
    async sync() {
      if (closed) throw closedError();
      let target;
      try {
        target = Number(await timed(writer.get(keys.seq), "sync()") ?? 0);
      } catch (error) {
        throw unavailable("sync() cannot ask how far the stream goes", error);
      }
      if (lastSeq >= target) return;
      await new Promise((resolve, reject) => {
        const waiter = {
          seq: target,
          armedAt: lastSeq,
          resolve,
          reject,
          timer: void 0,
          arm() {
            clearTimeout(waiter.timer);
            waiter.armedAt = lastSeq;
            waiter.timer = setTimeout(() => {
              waiters.splice(waiters.indexOf(waiter), 1);
              reject(unavailable(`sync() applied no event for ${config.syncTimeoutMs} ms (at event ${lastSeq} of ${target})`, connectionError));
            }, config.syncTimeoutMs);
          }
        };
        waiter.arm();
        waiters.push(waiter);
      });
    },
    async snapshot() {
      if (closed) throw closedError();
      const taken = { site: keys.site, position, seq: lastSeq, seen: seen.toJSON(), model: JSON.stringify(moderator.exportModel()) };
      const text = encodeSnapshot(taken);
      if (config.snapshotFile !== void 0) await writeSnapshotFile(config.snapshotFile, text);
      let trimmed;
      try {
        trimmed = Number(
          await timed(
            writer.eval(SAVE_SNAPSHOT, {
              keys: [keys.events, keys.snapshots, keys.snapshotIndex],
              arguments: [taken.position, String(taken.seq), text, String(config.keepSnapshots)]
            }),
            "snapshot()"
          )
        );
      } catch (error) {
        throw unavailable(`snapshot at ${taken.position} was not stored${config.snapshotFile === void 0 ? "" : " in Redis (the file was written)"}`, error);
      }
      return { position: taken.position, seq: taken.seq, size: text.length, trimmed };
    },
    async close() {
      if (closed) return;
      closed = true;
      for (const waiter of waiters.splice(0)) {
        clearTimeout(waiter.timer);
        waiter.reject(closedError());
      }
      destroy();
      await tailing;
    }
  };
  if (up) {
    try {
      await shared.sync();
    } catch (error) {
      await shared.close();
      throw error;
    }
  }
  return shared;
}

export { DEDUP_WINDOW_MS, EVENT_VERSION, SNAPSHOT_FORMAT, SNAPSHOT_VERSION, connectModerator };
