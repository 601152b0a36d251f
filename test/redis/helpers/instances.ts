// The test side of instance.mjs: a child process per app instance, commands as promises.
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface Instance {
  call<T = unknown>(cmd: string, args?: unknown): Promise<T>;
  /** Resolves when the child has acknowledged at least `n` events of its current learn command. */
  progressed(n: number): Promise<void>;
  kill(): Promise<void>;
  exited: Promise<number | null>;
}

export async function spawnInstance(): Promise<Instance> {
  const child: ChildProcess = fork(join(import.meta.dirname, 'instance.mjs'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const kill = () => child.kill('SIGKILL');
  process.once('exit', kill);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => {
    process.removeListener('exit', kill);
    resolve(code);
  }));
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let next = 0;
  let progress = 0;
  const watchers: { n: number; resolve: () => void }[] = [];
  const ready = new Promise<void>((resolve) => {
    child.on('message', (raw) => {
      const m = raw as { ready?: true; progress?: number; id?: number; ok?: boolean; value?: unknown; error?: { code?: string; message: string } };
      if (m.ready) return resolve();
      if (m.progress !== undefined) {
        progress = m.progress;
        for (const w of watchers.splice(0)) if (progress >= w.n) w.resolve(); else watchers.push(w);
        return;
      }
      const p = pending.get(m.id as number);
      pending.delete(m.id as number);
      if (m.ok) p?.resolve(m.value);
      else p?.reject(Object.assign(new Error(m.error?.message), { code: m.error?.code }));
    });
  });
  void exited.then((code) => {
    for (const p of pending.values()) p.reject(new Error(`instance exited (${code})`));
    pending.clear();
  });
  await ready;
  return {
    call<T>(cmd: string, args?: unknown) {
      const id = next++;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        child.send({ id, cmd, args });
      });
    },
    progressed(n) {
      progress = 0;
      return new Promise((resolve) => watchers.push({ n, resolve }));
    },
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
    exited,
  };
}
