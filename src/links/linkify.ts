// The one module that imports linkifyjs. It only ever reads the short chunks scan.ts picked out.
import { createRequire } from 'node:module';

// Through require(), not import: see src/tokenize/natural.ts (Node's CommonJS export lexer).
const require = createRequire(import.meta.url);
const { find } = require('linkifyjs') as typeof import('linkifyjs');

export interface TextMatch {
  kind: 'url' | 'email';
  /** As written in the text (linkify's `value`, not its `href` with an invented `http://`). */
  value: string;
  start: number;
  end: number;
}

/** URLs and e-mail addresses in `text[start, end)`, offsets relative to `text`. */
export function findWithLinkify(text: string, start: number, end: number, out: TextMatch[]): void {
  const chunk = start === 0 && end === text.length ? text : text.slice(start, end);
  for (const m of find(chunk)) {
    if (m.type === 'url' || m.type === 'email') {
      out.push({ kind: m.type, value: m.value, start: start + m.start, end: start + m.end });
    }
  }
}
