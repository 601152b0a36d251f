// The keys file: one API key a line; blank lines and lines starting with # are skipped. A key is
// what an Akismet client sends, so it must also fit the first label of a host name.
import { ProtocolError } from './akismet.js';

const KEY = /^[A-Za-z0-9_-]{1,63}$/;

export interface KeyFileProblem {
  line: number;
  message: string;
}

/** The keys of a keys file, or the first problem found (a key that no client could send). */
export function parseKeys(text: string): { keys: Set<string>; problems: KeyFileProblem[] } {
  const keys = new Set<string>();
  const problems: KeyFileProblem[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    if (!KEY.test(line)) {
      problems.push({ line: i + 1, message: 'a key is 1 to 63 letters, digits, - or _ (it must fit a host name label)' });
      return;
    }
    // Host names are case-insensitive, so a key sent as a host label arrives lower-cased.
    keys.add(line.toLowerCase());
  });
  return { keys, problems };
}

/** Throws Akismet's answer for an unknown key; returns the key as stored. */
export function checkKey(keys: ReadonlySet<string>, key: string): string {
  const k = key.toLowerCase();
  if (k === '' || !keys.has(k)) throw new ProtocolError('Invalid key');
  return k;
}
