// One shared model for many app instances. Each instance keeps the model in memory (check() is
// local and synchronous) and replicates learning through a Redis stream: learn() appends an
// event, and every instance applies every event in stream order, its own included, so all of
// them go through the same sequence of states. Redis holds the events and a few snapshots, never
// one key per token.
import { randomUUID } from 'node:crypto';
import { createClient } from 'redis';
import {
  SpamsiftError,
  createModerator,
  isSpamsiftError,
  learnId,
  type CommentInput,
  type Label,
  type Moderator,
} from '../index.js';
import { describeValue } from './describe.js';
import { EVENT_VERSION, SeenEvents, decodeEvent, encodeComment, type EventOp, type LearnEvent } from './events.js';
import { siteKeys } from './keys.js';
import { readConnectOptions, type ConnectOptions } from './options.js';
import { APPEND_EVENT, SAVE_SNAPSHOT } from './scripts.js';
import { decodeSnapshot, encodeSnapshot, readSnapshotFile, writeSnapshotFile, type Snapshot } from './snapshot.js';
import { START_ID, compareIds } from './stream-id.js';
import type { SharedModerator, SnapshotInfo } from './types.js';

type Client = ReturnType<typeof createClient>;

/** Events read per XREAD call. */
const BATCH = 500;
/** How long one XREAD waits for new events before asking again. */
const BLOCK_MS = 5000;
/** Pause between attempts while Redis is unreachable. */
const RETRY_MS = 200;
/** learn() tries this many times (same event id, so a repeat is harmless) before refusing. */
const APPEND_ATTEMPTS = 3;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function unavailable(what: string, cause?: unknown): SpamsiftError {
  const detail = cause instanceof Error ? ` (${cause.message})` : '';
  return new SpamsiftError('E_REDIS_UNAVAILABLE', `${what}: Redis cannot be reached${detail}. Checks go on with the local model; try again when Redis is back.`, 'redis');
}

function closedError(): SpamsiftError {
  return new SpamsiftError('E_REDIS_CLOSED', 'this shared moderator was closed; connect a new one to learn.', 'redis');
}

/** Resolves true when `promise` settles first, false when the time runs out; a rejection passes through. */
function within(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  return Promise.race([promise.then(() => true), timeout]).finally(() => clearTimeout(timer));
}

interface Waiter {
  seq: number;
  /** Event number when the timer was last armed: the timeout counts from the last progress. */
  armedAt: number;
  resolve: () => void;
  reject: (error: SpamsiftError) => void;
  timer: NodeJS.Timeout | undefined;
  arm: () => void;
}

/** Connects to Redis, loads the newest usable snapshot, replays the events after it and starts tailing. */
export async function connectModerator(input: ConnectOptions): Promise<SharedModerator> {
  const config = readConnectOptions(input);
  const keys = siteKeys(config.key);
  const makeModerator = (model?: string): Moderator => createModerator(model === undefined ? config.options : { ...config.options, model });
  // Built before connecting, so bad moderator options fail without touching Redis.
  let moderator = makeModerator();
  let position = START_ID;
  let lastSeq = 0;
  let seen = new SeenEvents();
  let closed = false;
  let online = false;
  let lastError: SpamsiftError | undefined;
  const waiters: Waiter[] = [];

  function report(error: SpamsiftError): void {
    lastError = error;
    // The caller's callback runs inside the tail loop: its failure must not stop replication.
    try {
      config.onError(error);
    } catch {
      // Nothing sensible to do with an error thrown by an error handler; onError is documented not to throw.
    }
  }

  // Commands fail at once while disconnected (no offline queue): a learn is refused, not delayed.
  const writer: Client = createClient({
    url: config.url,
    disableOfflineQueue: true,
    socket: { connectTimeout: config.connectTimeoutMs, reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, 1000) },
  });
  // XREAD BLOCK holds its connection: the reader has its own.
  const reader: Client = writer.duplicate();
  let connectionError: unknown;
  // node-redis reports every failed reconnect attempt here; the tail loop reports the outage once.
  writer.on('error', (error: unknown) => (connectionError = error));
  reader.on('error', (error: unknown) => (connectionError = error));

  /**
   * A reply that does not come within commandTimeoutMs fails the call (a hung Redis must refuse a
   * learn, not stall it). The command itself stays queued on its connection, which keeps replies
   * matched to commands; its late result is dropped. (node-redis 5's own command timeout did not
   * fire against a stopped server in our test, hence this.)
   */
  function timed<T>(command: Promise<T>, what: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(unavailable(`${what}: no reply within ${config.commandTimeoutMs} ms`)), config.commandTimeoutMs);
    });
    command.catch(() => undefined); // a result after the timeout has no one left to tell
    return Promise.race([command, late]).finally(() => clearTimeout(timer));
  }

  function destroy(): void {
    if (writer.isOpen) writer.destroy();
    if (reader.isOpen) reader.destroy();
  }

  function load(snapshot: Snapshot): void {
    moderator = makeModerator(snapshot.model);
    position = snapshot.position;
    lastSeq = snapshot.seq;
    seen = SeenEvents.from(snapshot.seen);
  }

  /** Largest stream id ever trimmed or deleted: events up to it are gone ('0-0' when none, or no stream yet). */
  async function maxDeletedId(): Promise<string> {
    let reply: unknown;
    try {
      reply = await writer.sendCommand(['XINFO', 'STREAM', keys.events]);
    } catch (error) {
      if (error instanceof Error && /no such key/i.test(error.message)) return START_ID;
      throw error;
    }
    const fields = reply as unknown[];
    const at = fields.indexOf('max-deleted-entry-id');
    if (at < 0) throw new SpamsiftError('E_REDIS_UNAVAILABLE', 'Redis does not report trimmed stream entries: spamsift/redis needs Redis 7.0 or newer.', 'redis');
    return String(fields[at + 1]);
  }

  /** The kept snapshots, newest first, each read only when asked for (a large site's is megabytes). */
  async function snapshotCandidates(extra: Snapshot | undefined): Promise<{ seq: number; read: () => Promise<Snapshot | SpamsiftError> }[]> {
    const indexed = await writer.zRangeWithScores(keys.snapshotIndex, 0, -1);
    const candidates = indexed.map(({ value, score }) => ({
      seq: score,
      read: async () => decodeSnapshot(await writer.hGet(keys.snapshots, value), keys.site, `${keys.snapshots} ${value}`),
    }));
    if (extra) candidates.push({ seq: extra.seq, read: async () => extra });
    return candidates.sort((a, b) => b.seq - a.seq);
  }

  /**
   * Makes sure the events after this instance's position are still in the stream: if some were
   * trimmed (or `prefer` asks for a newer snapshot), loads the newest usable snapshot.
   * Returns false when events are missing and no snapshot covers them.
   */
  async function restore(extra: Snapshot | undefined, prefer: boolean): Promise<boolean> {
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
        // A snapshot whose checksum holds but whose model is refused was written wrong: try the previous one.
        if (!isSpamsiftError(error) || !error.code.startsWith('E_MODEL')) throw error;
        report(new SpamsiftError('E_SNAPSHOT_CORRUPT', `snapshot at ${snapshot.position} holds a model that is refused: ${error.message}`, 'snapshot'));
      }
    }
    return !behind;
  }

  function settleWaiters(): void {
    for (let i = waiters.length - 1; i >= 0; i--) {
      const waiter = waiters[i] as Waiter;
      if (waiter.seq > lastSeq) {
        if (lastSeq > waiter.armedAt) waiter.arm();
        continue;
      }
      clearTimeout(waiter.timer);
      waiters.splice(i, 1);
      waiter.resolve();
    }
  }

  function apply(event: LearnEvent): void {
    const duplicate = seen.repeat(event.eid, event.id);
    if (!duplicate) {
      try {
        if (event.op === 'learn') moderator.learn(event.comment, event.label as Label);
        else moderator.unlearn(event.comment);
      } catch (error) {
        // Every instance refuses the same event the same way, so skipping it keeps them equal.
        if (!isSpamsiftError(error)) throw error;
        report(new SpamsiftError('E_EVENT_MALFORMED', `event ${event.id} was skipped: ${error.message}`, `events.${event.id}`));
      }
    }
    lastSeq = event.seq;
    position = event.id;
    config.onApply?.({ id: event.id, seq: event.seq, op: event.op, ...(event.label ? { label: event.label } : {}), duplicate });
  }

  /** Applies a batch in order; returns the event number of a gap met (events missing before it), or 0. */
  function applyBatch(messages: { id: string; message: Record<string, string> }[], acceptGapAt: number): number {
    for (const { id, message } of messages) {
      const event = decodeEvent(id, message);
      if (event instanceof SpamsiftError) {
        report(event);
        position = id;
        continue;
      }
      // A copy of an event already applied (or covered by the snapshot this instance loaded).
      if (event.seq <= lastSeq) {
        position = id;
        continue;
      }
      if (event.seq > lastSeq + 1 && event.seq !== acceptGapAt) return event.seq;
      apply(event);
    }
    return 0;
  }

  /** Follows the stream until close(); `check` first makes sure nothing after the position was trimmed. */
  async function tail(check: boolean): Promise<void> {
    let acceptGapAt = 0;
    while (!closed) {
      try {
        if (check) {
          const gap = acceptGapAt;
          if (!(await restore(undefined, gap > 0))) {
            report(new SpamsiftError('E_REPLICATION_GAP', `events after ${position} were trimmed and no readable snapshot covers them; this instance goes on without them.`, 'redis'));
          }
          check = false;
        }
        const reply = await reader.xRead({ key: keys.events, id: position }, { BLOCK: BLOCK_MS, COUNT: BATCH });
        online = true;
        const messages = reply === null ? [] : ((reply as { messages: { id: string; message: Record<string, string> }[] }[])[0]?.messages ?? []);
        const gap = applyBatch(messages, acceptGapAt);
        settleWaiters();
        if (gap > 0) {
          // First meeting with this gap: look for a snapshot that covers it; if none, accept it next time.
          report(new SpamsiftError('E_REPLICATION_GAP', `events ${lastSeq + 1} to ${gap - 1} are missing after ${position}; looking for a snapshot that covers them.`, 'redis'));
          acceptGapAt = gap;
          check = true;
        }
      } catch (error) {
        if (closed) break;
        if (isSpamsiftError(error) && error.code !== 'E_REDIS_UNAVAILABLE') {
          report(error);
        } else if (online) {
          online = false;
          report(unavailable('the stream is not being followed', error ?? connectionError));
        }
        // After an outage, events this instance missed may have been trimmed meanwhile.
        check = true;
        await sleep(RETRY_MS);
      }
    }
  }

  async function append(op: EventOp, comment: string, label: Label | ''): Promise<string> {
    if (closed) throw closedError();
    const eid = randomUUID();
    let failure: unknown;
    for (let attempt = 0; attempt < APPEND_ATTEMPTS; attempt++) {
      try {
        const reply = (await timed(writer.eval(APPEND_EVENT, { keys: [keys.events, keys.seq], arguments: [EVENT_VERSION, eid, op, label, comment] }), op)) as [string, number];
        return reply[0];
      } catch (error) {
        if (closed) throw closedError();
        failure = error;
        if (attempt + 1 < APPEND_ATTEMPTS) await sleep(RETRY_MS * (attempt + 1));
      }
    }
    throw unavailable(`${op} was not recorded`, failure);
  }

  // ---------------------------------------------------------------- start
  const connecting = Promise.all([writer.connect(), reader.connect()]);
  let up: boolean;
  try {
    up = await within(connecting, config.connectTimeoutMs);
  } catch (error) {
    destroy();
    throw unavailable(`cannot connect to ${config.key}'s Redis`, error);
  }
  let fromFile = config.snapshotFile === undefined ? undefined : await readSnapshotFile(config.snapshotFile, keys.site);
  if (fromFile instanceof SpamsiftError) {
    if (!up) {
      destroy();
      throw fromFile;
    }
    report(fromFile);
    fromFile = undefined;
  }

  let tailing: Promise<void> = Promise.resolve();
  if (up) {
    online = true;
    try {
      if (!(await restore(fromFile, true))) {
        throw new SpamsiftError('E_REPLICATION_GAP', `the stream of site ${JSON.stringify(keys.site)} was trimmed and no readable snapshot covers it: write a snapshot from a healthy instance, or start from a snapshotFile.`, 'redis');
      }
    } catch (error) {
      destroy();
      throw isSpamsiftError(error) ? error : unavailable('cannot read the snapshots', error);
    }
    tailing = tail(false);
  } else {
    if (fromFile === undefined) {
      destroy();
      throw unavailable(`no answer from ${config.key}'s Redis within ${config.connectTimeoutMs} ms, and no snapshotFile to start from`, connectionError);
    }
    load(fromFile);
    report(unavailable('started from the snapshot file; learning waits for Redis', connectionError));
    // node-redis keeps trying; once both connections are up, replay from the file's position.
    tailing = connecting.then(
      () => {
        if (closed) return;
        online = true;
        return tail(true);
      },
      () => undefined, // rejected only by close() destroying the clients
    );
  }

  const shared: SharedModerator = {
    get rules() {
      return moderator.rules;
    },
    check: (comment) => moderator.check(comment),
    exportModel: () => moderator.exportModel(),
    status: () => ({ connected: online && writer.isReady && reader.isReady, position, seq: lastSeq, lastError }),

    async learn(comment: CommentInput, label: Label) {
      if (label !== 'spam' && label !== 'ham') {
        throw new SpamsiftError('E_INVALID_LABEL', `label must be 'spam' or 'ham', received ${describeValue(label)}.`, 'label');
      }
      learnId(comment); // validates the comment (coded E_INVALID_COMMENT) before anything is written
      return append('learn', encodeComment(comment), label);
    },

    async unlearn(comment: CommentInput) {
      learnId(comment);
      return append('unlearn', encodeComment(comment), '');
    },

    async sync() {
      if (closed) throw closedError();
      let target: number;
      try {
        target = Number((await timed(writer.get(keys.seq), 'sync()')) ?? 0);
      } catch (error) {
        throw unavailable('sync() cannot ask how far the stream goes', error);
      }
      if (lastSeq >= target) return;
      // A long replay is not a failure: the time limit counts from the last event applied.
      await new Promise<void>((resolve, reject) => {
        const waiter: Waiter = {
          seq: target,
          armedAt: lastSeq,
          resolve,
          reject,
          timer: undefined,
          arm() {
            clearTimeout(waiter.timer);
            waiter.armedAt = lastSeq;
            waiter.timer = setTimeout(() => {
              waiters.splice(waiters.indexOf(waiter), 1);
              reject(unavailable(`sync() applied no event for ${config.syncTimeoutMs} ms (at event ${lastSeq} of ${target})`, connectionError));
            }, config.syncTimeoutMs);
          },
        };
        waiter.arm();
        waiters.push(waiter);
      });
    },

    async snapshot(): Promise<SnapshotInfo> {
      if (closed) throw closedError();
      // Model and position are taken in one synchronous step: no event can be applied in between.
      const taken = { site: keys.site, position, seq: lastSeq, seen: seen.toJSON(), model: JSON.stringify(moderator.exportModel()) };
      const text = encodeSnapshot(taken);
      if (config.snapshotFile !== undefined) await writeSnapshotFile(config.snapshotFile, text);
      let trimmed: number;
      try {
        trimmed = Number(
          await timed(
            writer.eval(SAVE_SNAPSHOT, {
              keys: [keys.events, keys.snapshots, keys.snapshotIndex],
              arguments: [taken.position, String(taken.seq), text, String(config.keepSnapshots)],
            }),
            'snapshot()',
          ),
        );
      } catch (error) {
        throw unavailable(`snapshot at ${taken.position} was not stored${config.snapshotFile === undefined ? '' : ' in Redis (the file was written)'}`, error);
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
    },
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
