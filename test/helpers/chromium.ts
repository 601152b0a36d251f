// A headless Chromium driven over the DevTools protocol on a pipe (--remote-debugging-pipe: JSON
// messages separated by NUL on file descriptors 3 and 4). No WebSocket, no browser download, no
// dependency: Debian's chromium and these ~150 lines. Used to look at the report as a person would.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';

export const CHROMIUM = '/usr/bin/chromium';

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

/** Flags for a quiet, offline, throwaway browser (the user-data-dir is fresh each launch). */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
  '--disable-default-apps',
  '--hide-scrollbars',
  '--mute-audio',
  '--remote-debugging-pipe',
];

interface Pending {
  resolve: (value: Record<string, unknown>) => void;
  reject: (error: Error) => void;
  method: string;
}

type Listener = (method: string, params: Record<string, unknown>, sessionId: string | undefined) => void;

export interface PageProblem {
  kind: 'console' | 'exception' | 'log';
  level: string;
  text: string;
}

export class Browser {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<Listener>();
  private buffer = '';
  private exited = false;

  private constructor(
    private readonly child: ChildProcess,
    private readonly profile: string,
  ) {
    const output = child.stdio[4] as Readable;
    output.setEncoding('utf8');
    output.on('data', (chunk: string) => this.receive(chunk));
    child.on('exit', () => {
      this.exited = true;
      for (const p of this.pending.values()) p.reject(new Error(`chromium exited during ${p.method}`));
      this.pending.clear();
    });
  }

  static launch(): Browser {
    const profile = mkdtempSync(join(tmpdir(), 'spamsift-chromium-'));
    const child = spawn(CHROMIUM, [...FLAGS, `--user-data-dir=${profile}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
    return new Browser(child, profile);
  }

  private receive(chunk: string): void {
    this.buffer += chunk;
    let end: number;
    while ((end = this.buffer.indexOf('\0')) >= 0) {
      const text = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 1);
      const message = JSON.parse(text) as { id?: number; result?: Record<string, unknown>; error?: { message: string }; method?: string; params?: Record<string, unknown>; sessionId?: string };
      if (message.id !== undefined) {
        const p = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (!p) continue;
        if (message.error) p.reject(new Error(`${p.method}: ${message.error.message}`));
        else p.resolve(message.result ?? {});
      } else if (message.method !== undefined) {
        for (const listener of this.listeners) listener(message.method, message.params ?? {}, message.sessionId);
      }
    }
  }

  send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> {
    if (this.exited) return Promise.reject(new Error(`chromium is not running (${method})`));
    const id = this.nextId++;
    const input = this.child.stdio[3] as Writable;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, method });
      input.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  }

  on(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A new tab with console, exception and log capture, at `width` CSS pixels. */
  async newPage(width = 1200, height = 900): Promise<Page> {
    const { targetId } = (await this.send('Target.createTarget', { url: 'about:blank' })) as { targetId: string };
    const { sessionId } = (await this.send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
    const page = new Page(this, sessionId);
    await Promise.all(['Page.enable', 'Runtime.enable', 'Log.enable'].map((m) => this.send(m, {}, sessionId)));
    await this.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile: false }, sessionId);
    return page;
  }

  async close(): Promise<void> {
    if (!this.exited) {
      const gone = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
      this.send('Browser.close').catch(() => undefined);
      const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
      await gone;
      clearTimeout(timer);
    }
    rmSync(this.profile, { recursive: true, force: true });
  }
}

export class Page {
  readonly problems: PageProblem[] = [];

  constructor(
    private readonly browser: Browser,
    readonly sessionId: string,
  ) {
    browser.on((method, params, sessionId) => {
      if (sessionId !== this.sessionId) return;
      if (method === 'Runtime.consoleAPICalled' && (params['type'] === 'error' || params['type'] === 'warning' || params['type'] === 'assert')) {
        const args = (params['args'] as { value?: unknown; description?: string }[] | undefined) ?? [];
        this.problems.push({ kind: 'console', level: String(params['type']), text: args.map((a) => String(a.value ?? a.description ?? '')).join(' ') });
      } else if (method === 'Runtime.exceptionThrown') {
        const details = params['exceptionDetails'] as { text?: string; exception?: { description?: string } } | undefined;
        this.problems.push({ kind: 'exception', level: 'error', text: `${details?.text ?? ''} ${details?.exception?.description ?? ''}`.trim() });
      } else if (method === 'Log.entryAdded') {
        const entry = params['entry'] as { level?: string; text?: string; source?: string } | undefined;
        if (entry && (entry.level === 'error' || entry.level === 'warning')) this.problems.push({ kind: 'log', level: entry.level, text: `${entry.source ?? ''}: ${entry.text ?? ''}` });
      }
    });
  }

  /** Navigates and waits for the load event. */
  async goto(url: string, timeoutMs = 30_000): Promise<void> {
    let stop: () => void = () => undefined;
    const loaded = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${url} did not load in ${timeoutMs} ms`)), timeoutMs);
      const off = this.browser.on((method, _params, sessionId) => {
        if (sessionId === this.sessionId && method === 'Page.loadEventFired') {
          clearTimeout(timer);
          off();
          resolve();
        }
      });
      stop = () => {
        clearTimeout(timer);
        off();
      };
    });
    try {
      const result = await this.browser.send('Page.navigate', { url }, this.sessionId);
      if (typeof result['errorText'] === 'string') throw new Error(`navigation to ${url} failed: ${result['errorText']}`);
      await loaded;
    } finally {
      stop();
    }
  }

  async evaluate<T>(expression: string): Promise<T> {
    const result = (await this.browser.send('Runtime.evaluate', { expression, returnByValue: true }, this.sessionId)) as { result?: { value?: T }; exceptionDetails?: { text?: string } };
    if (result.exceptionDetails) throw new Error(`evaluate failed: ${result.exceptionDetails.text ?? ''}`);
    return result.result?.value as T;
  }

  /** A PNG of the whole page, not just the viewport. */
  async screenshot(): Promise<Buffer> {
    const { data } = (await this.browser.send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: true }, this.sessionId)) as { data: string };
    return Buffer.from(data, 'base64');
  }
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.length < 24 || png.toString('latin1', 1, 4) !== 'PNG') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
