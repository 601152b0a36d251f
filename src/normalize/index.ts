// PLACEHOLDER (replaced by the normalize work): NFKC + invisible removal only.
import type { Comment, ContentFormat, NormalizedComment, NormalizedText } from '../types.js';

export interface NormalizeOptions {
  maxLength: number;
}

export function normalizeText(raw: string, format: ContentFormat, options: NormalizeOptions): NormalizedText {
  void format;
  const truncated = raw.length > options.maxLength;
  const text = (truncated ? raw.slice(0, options.maxLength) : raw).normalize('NFKC').replace(/[\u200B-\u200F\u2060\uFEFF]/g, '');
  return {
    text,
    folded: text.toLowerCase(),
    anchors: [],
    obfuscation: { invisible: 0, lookalikeWords: [], leetWords: [], spacedWords: [], hiddenText: [] },
    truncated,
  };
}

function toTime(value: string | number | Date | null | undefined): number | null {
  if (value === undefined || value === null) return null;
  const t = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
  return Number.isFinite(t) ? t : null;
}

export function normalizeComment(comment: Comment, options: NormalizeOptions): NormalizedComment {
  const s = (v: string | null | undefined): string => (typeof v === 'string' ? v.trim().slice(0, options.maxLength) : '');
  return {
    id: comment.id ?? undefined,
    body: normalizeText(comment.content, comment.contentFormat ?? 'text', options),
    authorName: normalizeText(s(comment.author?.name), 'text', options),
    authorEmail: s(comment.author?.email).toLowerCase(),
    authorUrl: s(comment.author?.url),
    ip: s(comment.request?.ip),
    userAgent: s(comment.request?.userAgent),
    referrer: s(comment.request?.referrer),
    postTitle: s(comment.target?.postTitle),
    permalink: s(comment.target?.permalink),
    isStaff: comment.author?.isStaff === true,
    approvedCount: comment.author?.approvedCount ?? 0,
    createdAt: toTime(comment.createdAt),
    publishedAt: toTime(comment.target?.publishedAt),
    type: s(comment.type).toLowerCase() || 'comment',
  };
}
