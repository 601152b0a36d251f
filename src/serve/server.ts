// The Akismet-compatible HTTP server. It is built on node:http rather than a framework: the API
// is four POST routes with flat form bodies, so a router adds nothing, and node:http lets us set
// every limit ourselves (body bytes read before the socket is cut, header and request timeouts,
// malformed-request answers in `clientError`) with no dependency to keep up to date. Scoring is
// a synchronous check() call, so the request path is: read body → parse → check → answer.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { ModeratorOptions, Verdict } from '../index.js';
import {
  ANSWER,
  ProtocolError,
  ROUTES,
  commentFromFields,
  honeypotFilled,
  isTest,
  languagesOf,
  readKey,
  readSite,
  requireCommentFields,
  testHook,
  type Fields,
} from './akismet.js';
import { parseFields, readBody, type BodyLimits } from './body.js';
import { checkKey } from './keys.js';
import { createAccessLog, type AccessLogEntry } from './log.js';
import { createRateLimiter } from './rate-limit.js';
import { createSiteStore, type SiteStore } from './store.js';

export interface ServeLimits extends BodyLimits {
  /** Requests per API key per minute (0: no limit). */
  requestsPerMinute: number;
  /** Sites with a learned model held at once (sites with none share an untrained moderator). */
  maxSites: number;
  /** Milliseconds a client has to send a whole request. */
  requestTimeoutMs: number;
  /** Open connections at once. */
  maxConnections: number;
}

export const DEFAULT_LIMITS: Readonly<ServeLimits> = Object.freeze({
  // WordPress caps a comment at 65,525 characters; percent-encoding can triple it.
  maxBodyBytes: 256 * 1024,
  maxFieldChars: 65_536,
  maxFields: 200,
  requestsPerMinute: 1200,
  maxSites: 1000,
  requestTimeoutMs: 10_000,
  maxConnections: 1024,
});

export interface ServeOptions {
  /** Accepted API keys (as parseKeys returns them, lower-cased). */
  keys: ReadonlySet<string>;
  /** Directory of the per-site model files; it must exist. */
  dataDir: string;
  /** Options for every site's moderator (thresholds, lists). */
  moderator?: ModeratorOptions;
  limits?: Partial<ServeLimits>;
  /** What comment-check answers for a `moderate` decision: Akismet has only spam and ham. Default 'spam' (held for review, not published). */
  moderateAs?: 'spam' | 'ham';
  /** Milliseconds between a submission and the model write. Default 1000. */
  flushDelayMs?: number;
  /** One call per request; default: a JSON line on stderr. */
  log?: (entry: AccessLogEntry) => void;
}

export interface SpamsiftServer {
  readonly server: Server;
  readonly store: SiteStore;
  listen(port: number, host?: string): Promise<AddressInfo>;
  /** Stops accepting requests, closes connections and writes every changed model. */
  close(): Promise<void>;
}

interface Answer {
  status: number;
  body: string;
  headers: Record<string, string>;
  log: Partial<AccessLogEntry>;
}

const TEXT = 'text/plain; charset=utf-8';
const ROUTE_SET = new Set<string>(Object.values(ROUTES));

/** Header values must be printable Latin-1; anything else in a message about hostile input becomes '?'. */
function headerSafe(text: string, max = 200): string {
  return text.replace(/[^\x20-\x7e]/g, '?').slice(0, max);
}

function invalid(help: string, status = 200): Answer {
  return { status, body: ANSWER.invalid, headers: { 'X-akismet-debug-help': headerSafe(help) }, log: { help } };
}

/** The short form of a verdict's reasons for a header: strongest rule ids first. */
export function shortReasons(verdict: Verdict, max = 6): string {
  return verdict.reasons
    .slice(0, max)
    .map((r) => headerSafe(r.id, 60))
    .join(',');
}

function settle(limits: Partial<ServeLimits> | undefined): ServeLimits {
  const out: ServeLimits = { ...DEFAULT_LIMITS };
  for (const [name, value] of Object.entries(limits ?? {})) {
    if (value === undefined) continue;
    if (!(name in DEFAULT_LIMITS)) throw new TypeError(`unknown serve limit "${name}"`);
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new TypeError(`serve limit ${name} must be a whole number ≥ 0`);
    out[name as keyof ServeLimits] = value;
  }
  return out;
}

export function createSpamsiftServer(options: ServeOptions): SpamsiftServer {
  const limits = settle(options.limits);
  const log = options.log ?? createAccessLog(process.stderr);
  const moderateAs = options.moderateAs ?? 'spam';
  const limiter = createRateLimiter(limits.requestsPerMinute);
  const store = createSiteStore({
    dir: options.dataDir,
    moderator: options.moderator ?? {},
    maxSites: limits.maxSites,
    flushDelayMs: options.flushDelayMs ?? 1000,
    onError: (site, action, error) =>
      log({ time: new Date().toISOString(), event: `model-${action}-error`, site, error: error instanceof Error ? error.message : String(error) }),
  });

  async function check(fields: Fields, site: string): Promise<{ spam: boolean; verdict?: Verdict; hook?: string }> {
    requireCommentFields(fields);
    const hook = testHook(fields);
    if (hook !== undefined) return { spam: hook.answer === 'spam', hook: hook.reason };
    if (honeypotFilled(fields)) return { spam: true, hook: 'HONEYPOT_FILLED' };
    const moderator = await store.get(site, languagesOf(fields));
    const verdict = moderator.check(commentFromFields(fields));
    const spam = verdict.decision === 'spam' || (verdict.decision === 'moderate' && moderateAs === 'spam');
    return { spam, verdict };
  }

  async function answer(route: string, fields: Fields, host: string | undefined): Promise<Answer> {
    const key = checkKey(options.keys, readKey(fields, host));
    const site = readSite(fields);
    const logged: Partial<AccessLogEntry> = { site, key: `${key.slice(0, 4)}…` };
    if (!limiter.take(key, Date.now())) {
      const a = invalid(`Rate limit: ${limits.requestsPerMinute} requests per minute for this key.`, 429);
      a.headers['Retry-After'] = String(limiter.retryAfter(key, Date.now()));
      return { ...a, log: { ...a.log, ...logged } };
    }
    switch (route) {
      case ROUTES.verifyKey:
        return { status: 200, body: ANSWER.valid, headers: {}, log: logged };
      case ROUTES.commentCheck: {
        const r = await check(fields, site);
        const headers: Record<string, string> = {};
        if (r.verdict !== undefined) {
          if (r.spam && r.verdict.discard) headers['X-akismet-pro-tip'] = 'discard';
          headers['X-spamsift-decision'] = r.verdict.decision;
          headers['X-spamsift-score'] = r.verdict.score.toFixed(4);
          const reasons = shortReasons(r.verdict);
          if (reasons !== '') headers['X-spamsift-reasons'] = reasons;
        } else if (r.hook !== undefined) headers['X-spamsift-reasons'] = r.hook;
        const decision = r.verdict?.decision ?? (r.spam ? 'spam' : 'ham');
        return { status: 200, body: r.spam ? ANSWER.spam : ANSWER.ham, headers, log: { ...logged, decision, reasons: headers['X-spamsift-reasons'] ?? '' } };
      }
      case ROUTES.verdict: {
        const r = await check(fields, site);
        const body = JSON.stringify({ akismet: r.spam ? ANSWER.spam : ANSWER.ham, ...(r.hook !== undefined ? { testHook: r.hook } : {}), verdict: r.verdict ?? null });
        return { status: 200, body, headers: { 'Content-Type': 'application/json; charset=utf-8' }, log: { ...logged, decision: r.verdict?.decision ?? (r.spam ? 'spam' : 'ham') } };
      }
      case ROUTES.submitSpam:
      case ROUTES.submitHam: {
        requireCommentFields(fields);
        const label = route === ROUTES.submitSpam ? 'spam' : 'ham';
        const test = isTest(fields);
        if (!test) await store.learn(site, languagesOf(fields), commentFromFields(fields), label);
        return { status: 200, body: ANSWER.thanks, headers: {}, log: { ...logged, learned: test ? 'no (is_test)' : label } };
      }
      default:
        return invalid('Unknown endpoint.', 404);
    }
  }

  async function handle(req: IncomingMessage): Promise<Answer> {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === ROUTES.health) return { status: 200, body: '{"status":"ok"}', headers: { 'Content-Type': 'application/json' }, log: {} };
    if (!ROUTE_SET.has(path)) return invalid('Unknown endpoint: the Akismet API is POST /1.1/verify-key, /1.1/comment-check, /1.1/submit-spam, /1.1/submit-ham.', 404);
    if (req.method !== 'POST') {
      const a = invalid('Use POST.', 405);
      a.headers['Allow'] = 'POST';
      return a;
    }
    const body = await readBody(req, limits.maxBodyBytes);
    const fields = parseFields(body, req.headers['content-type'], limits);
    return answer(path, fields, req.headers.host);
  }

  function send(req: IncomingMessage, res: ServerResponse, a: Answer, started: number, error?: unknown): void {
    const body = Buffer.from(a.body, 'utf8');
    const headers: Record<string, string | number> = { 'Content-Type': TEXT, 'Content-Length': body.length, ...a.headers };
    // A refused body may still be arriving: close the connection rather than read the rest.
    if (a.status === 413) headers['Connection'] = 'close';
    if (!res.headersSent) {
      res.writeHead(a.status, headers);
      res.end(body);
    }
    if (a.status === 413) res.on('finish', () => req.socket.destroy());
    log({
      time: new Date().toISOString(),
      event: 'request',
      remote: req.socket.remoteAddress ?? '',
      method: req.method ?? '',
      path: (req.url ?? '').slice(0, 200),
      status: a.status,
      ms: Math.round((performance.now() - started) * 100) / 100,
      answer: a.body.length <= 50 ? a.body : 'json',
      ...a.log,
      ...(error !== undefined ? { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) } : {}),
    });
  }

  const server = createServer(
    {
      requestTimeout: limits.requestTimeoutMs,
      headersTimeout: Math.min(limits.requestTimeoutMs, 5_000),
      keepAliveTimeout: 5_000,
      // Node checks the two timeouts above every 30 s by default: too coarse for 5 s limits.
      connectionsCheckingInterval: 1_000,
      maxHeaderSize: 16 * 1024,
    },
    (req, res) => {
      const started = performance.now();
      handle(req).then(
        (a) => send(req, res, a, started),
        (error: unknown) => {
          if (error instanceof ProtocolError) send(req, res, invalid(error.help, error.status), started);
          // Anything else is our bug: the client gets Akismet's answer, the log gets the message, nobody gets a stack.
          else send(req, res, invalid('Internal error; the server log says why.', 500), started, error);
        },
      );
    },
  );
  server.maxConnections = limits.maxConnections;
  server.maxHeadersCount = 100;
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    if (socket.writable && error.code !== 'ECONNRESET') {
      const help = status === 431 ? 'Request headers are too large.' : status === 408 ? 'Request timed out.' : 'Malformed HTTP request.';
      socket.end(
        `HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : status === 408 ? 'Request Timeout' : 'Bad Request'}\r\n` +
          `Content-Type: ${TEXT}\r\nX-akismet-debug-help: ${help}\r\nContent-Length: 7\r\nConnection: close\r\n\r\n${ANSWER.invalid}`,
      );
    } else socket.destroy();
    log({ time: new Date().toISOString(), event: 'client-error', remote: socket.remoteAddress ?? '', status, error: error.code ?? error.message });
  });

  return {
    server,
    store,
    listen(port, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve(server.address() as AddressInfo);
        });
      });
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await store.flush();
    },
  };
}
