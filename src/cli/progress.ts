// Progress on stderr, only when a person is watching it (stderr is a TTY): stdout stays pure
// JSONL, and logs of scripted runs stay free of carriage returns.
export interface Progress {
  update(count: number, bytes: number): void;
  done(): void;
}

const INTERVAL_MS = 250;

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const s = Math.round(seconds);
  const m = Math.floor(s / 60);
  return `${m}:${String(s % 60).padStart(2, '0')}`;
}

export function createProgress(label: string, totalBytes: number | undefined, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return { update() {}, done() {} };
  const start = performance.now();
  let last = 0;
  let shown = false;
  return {
    update(count, bytes) {
      const now = performance.now();
      if (now - last < INTERVAL_MS) return;
      last = now;
      const elapsed = (now - start) / 1000;
      const rate = elapsed > 0 ? count / elapsed : 0;
      let text = `${label}: ${count.toLocaleString('en-US')} comments, ${Math.round(rate).toLocaleString('en-US')}/s`;
      if (totalBytes !== undefined && totalBytes > 0 && bytes > 0) {
        const share = Math.min(bytes / totalBytes, 1);
        text += `, ${(share * 100).toFixed(0)}%, ETA ${formatDuration((elapsed * (1 - share)) / share)}`;
      }
      stream.write(`\r\x1b[K${text}`);
      shown = true;
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
    },
  };
}
