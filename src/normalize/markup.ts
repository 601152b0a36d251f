// BBCode and Markdown links to text plus anchors. Forum spam still posts `[url=…]` into plain
// comment forms, and Markdown links hide their target behind friendly text: both must reach the
// links stage as anchors, and their visible text must reach the words.
// Every pattern here has bounded quantifiers over classes that exclude both brackets, so a match
// attempt stops at the next bracket and attempts never overlap: linear on any input (`[url=`
// a million times must not scan 2,048 characters from each). Global regexes are only used
// through String.prototype.replace, which resets lastIndex itself (no shared state between calls).
import type { Anchor } from '../types.js';

// Formatting tags carry no words: dropped so `[b]buy[/b]` reads `buy`.
const BB_FORMAT = /\[\/?(?:b|i|u|s|color|size|font|quote|center|left|right|img|code|email|spoiler)(?:=[^[\]\n]{0,200})?\]/gi;
const BB_LINK = /\[(url|link)(?:=([^[\]\n]{1,2048}))?\]([^[]{0,2048})\[\/(?:url|link)\]/gi;
// An opening `[url=…]` never closed still names a target.
const BB_OPEN_LINK = /\[(?:url|link)=([^[\]\n]{1,2048})\]/gi;
const BB_HINT = /\[\/|\[(?:url|link)\b/i;

const MD_LINK = /\[([^[\]\n]{0,500})\]\(\s{0,8}<?([^\s()<>]{1,2048})>?(?:\s{1,8}"[^"\n]{0,200}")?\s{0,8}\)/g;
/** A link target nobody writes by accident: enough to read Markdown in a `text` comment. */
const WEB_TARGET = /^(?:https?:\/\/|www\.|\/\/)/i;

function unquote(value: string): string {
  const v = value.trim();
  const q = v.charAt(0);
  return (q === '"' || q === "'") && v.endsWith(q) && v.length >= 2 ? v.slice(1, -1).trim() : v;
}

export function bbcodeToText(text: string, anchors: Anchor[]): string {
  if (!text.includes('[') || !BB_HINT.test(text)) return text;
  let out = text.replace(BB_FORMAT, '');
  out = out.replace(BB_LINK, (_m, _tag: string, target: string | undefined, inner: string) => {
    const href = target === undefined ? inner.trim() : unquote(target);
    anchors.push({ href, text: inner.trim(), markup: 'bbcode' });
    return inner;
  });
  if (out.includes('=')) {
    out = out.replace(BB_OPEN_LINK, (_m, target: string) => {
      anchors.push({ href: unquote(target), text: '', markup: 'bbcode' });
      return ' ';
    });
  }
  return out;
}

/** `[text](href)`: every one in Markdown content, only web targets in other content. */
export function markdownToText(text: string, anchors: Anchor[], markdown: boolean): string {
  if (!text.includes('](')) return text;
  return text.replace(MD_LINK, (match, label: string, href: string, offset: number) => {
    if (!markdown && !WEB_TARGET.test(href)) return match;
    // An image `![alt](src)` shows its alt text; the image address is not a link a reader follows.
    if (offset > 0 && text.charCodeAt(offset - 1) === 0x21) return label;
    anchors.push({ href, text: label.trim(), markup: 'markdown' });
    return label;
  });
}
