// normalize: from raw comment text to readable text, links written with markup, and a report of
// the obfuscation undone. All of it is our own code on purpose: it runs on every comment (budget
// ~2 µs), it must stay linear on hostile input, and each step has a fast path that skips it when
// a cheap scan shows there is nothing to do (most comments are short plain ASCII).
import type { Anchor, Comment, ContentFormat, NormalizedComment, NormalizedText, ObfuscationReport } from '../types.js';
import { decodeEntities } from './entities.js';
import { canonicalIp } from './ip.js';
import { foldLeet, foldMarks, joinSeparated, joinSpaced, unifySeparators } from './fold.js';
import { htmlToText, looksLikeHtml } from './html.js';
import { bbcodeToText, markdownToText } from './markup.js';
import { cleanUnicode, removeInvisibleChars } from './unicode.js';

export { decodeEntities } from './entities.js';
export { htmlToText, looksLikeHtml } from './html.js';
export { canonicalIp } from './ip.js';
export { asciiSkeletonShape, skeleton, skeletonShape } from './confusables.js';
export { foldMarks } from './fold.js';

export interface NormalizeOptions {
  maxLength: number;
}

function truncate(raw: string, maxLength: number): { text: string; truncated: boolean } {
  if (raw.length <= maxLength) return { text: raw, truncated: false };
  let end = maxLength;
  // Never leave half of a surrogate pair at the cut.
  const last = raw.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return { text: raw.slice(0, end), truncated: true };
}

/** Comment forms receive raw HTML whatever the declared format, so `text` is sniffed too. */
function readMarkup(raw: string, format: ContentFormat): { text: string; anchors: Anchor[]; hidden: string[] } {
  if (format === 'html' || looksLikeHtml(raw)) return htmlToText(raw);
  return { text: decodeEntities(raw), anchors: [], hidden: [] };
}

/** Anchor text gets the same Unicode clean-up as the body, without being counted twice. */
function cleanAnchors(anchors: Anchor[]): void {
  for (const a of anchors) {
    a.text = cleanUnicode(a.text).text;
    // The target keeps its letters: a Cyrillic look-alike host is evidence for the links stage.
    a.href = removeInvisibleChars(a.href).trim();
  }
}

/**
 * ASCII letters, spaces and apostrophes only (most author names, some short comments): no pass
 * below can change such text except joinSpaced (`J R R T…`), since it has no markup, bracket,
 * entity, non-ASCII character, leet character or separator inside a word. Not for `html`
 * content, whose spaces the HTML reader collapses.
 */
const PLAIN_WORDS = /^[A-Za-z' ]*$/;

function plainText(input: string): NormalizedText {
  const spacedWords: string[] = [];
  const folded = joinSpaced(input.toLowerCase(), spacedWords);
  const obfuscation: ObfuscationReport = { invisible: 0, lookalikeWords: [], leetWords: [], spacedWords, hiddenText: [], reordered: 0, foldedWords: [] };
  return { text: input, folded, anchors: [], obfuscation, truncated: false };
}

export function normalizeText(raw: string, format: ContentFormat, options: NormalizeOptions): NormalizedText {
  const input = typeof raw === 'string' ? raw : '';
  if (format !== 'html' && input.length <= options.maxLength && PLAIN_WORDS.test(input)) return plainText(input);
  const { text: cut, truncated } = truncate(input, options.maxLength);
  const markup = readMarkup(cut, format);
  const anchors = markup.anchors;
  let plain = bbcodeToText(markup.text, anchors);
  plain = markdownToText(plain, anchors, format === 'markdown');
  if (anchors.length > 0) cleanAnchors(anchors);
  const hiddenText = markup.hidden.map((h) => cleanUnicode(h).text);
  const unicode = cleanUnicode(plain);
  const obfuscation: ObfuscationReport = {
    invisible: unicode.invisible,
    lookalikeWords: unicode.lookalikes,
    leetWords: [],
    spacedWords: [],
    hiddenText,
    reordered: unicode.reordered,
    foldedWords: [],
  };
  const foldedWords: string[] = [];
  const lower = unicode.text.toLowerCase();
  // Marks and other scripts' separators are all non-ASCII: on ASCII text (most comments) both
  // passes would only scan it to find none, so they are skipped.
  const unified = unicode.ascii ? lower : unifySeparators(foldMarks(lower, foldedWords));
  const joined = joinSeparated(foldLeet(unified, obfuscation.leetWords), foldedWords);
  const folded = joinSpaced(joined, obfuscation.spacedWords);
  obfuscation.foldedWords = foldedWords;
  return { text: unicode.text, folded, anchors, obfuscation, truncated };
}

function toTime(value: string | number | Date | null | undefined): number | null {
  if (value === undefined || value === null) return null;
  const t = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isFinite(t) ? t : null;
}

export function normalizeComment(comment: Comment, options: NormalizeOptions): NormalizedComment {
  const s = (v: string | null | undefined): string => (typeof v === 'string' ? v.trim().slice(0, options.maxLength) : '');
  const approved = comment.author?.approvedCount;
  return {
    id: typeof comment.id === 'string' ? comment.id : undefined,
    body: normalizeText(comment.content, comment.contentFormat ?? 'text', options),
    authorName: normalizeText(s(comment.author?.name), 'text', options),
    authorEmail: s(comment.author?.email).toLowerCase(),
    authorUrl: s(comment.author?.url),
    // `::ffff:203.0.113.9` (Node's form for IPv4 clients on a dual-stack socket) is 203.0.113.9 to every rule.
    ip: canonicalIp(s(comment.request?.ip)),
    userAgent: s(comment.request?.userAgent),
    referrer: s(comment.request?.referrer),
    postTitle: s(comment.target?.postTitle),
    permalink: s(comment.target?.permalink),
    isStaff: comment.author?.isStaff === true,
    approvedCount: typeof approved === 'number' && Number.isFinite(approved) && approved > 0 ? approved : 0,
    createdAt: toTime(comment.createdAt),
    publishedAt: toTime(comment.target?.publishedAt),
    type: s(comment.type).toLowerCase() || 'comment',
  };
}
