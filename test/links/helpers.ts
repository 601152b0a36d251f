// A NormalizedComment built by hand, so links tests pin the links stage and not the normalizer.
import type { Anchor, NormalizedComment, NormalizedText } from '../../src/types.js';

export function normalizedText(text: string, anchors: Anchor[] = []): NormalizedText {
  return {
    text,
    folded: text.toLowerCase(),
    anchors,
    obfuscation: { invisible: 0, lookalikeWords: [], leetWords: [], spacedWords: [], hiddenText: [] },
    truncated: false,
  };
}

export interface CommentParts {
  body?: string;
  anchors?: Anchor[];
  name?: string;
  email?: string;
  url?: string;
  referrer?: string;
}

export function normalized(parts: CommentParts): NormalizedComment {
  return {
    id: undefined,
    body: normalizedText(parts.body ?? '', parts.anchors ?? []),
    authorName: normalizedText(parts.name ?? ''),
    authorEmail: parts.email ?? '',
    authorUrl: parts.url ?? '',
    ip: '',
    userAgent: '',
    referrer: parts.referrer ?? '',
    postTitle: '',
    permalink: '',
    isStaff: false,
    approvedCount: 0,
    createdAt: null,
    publishedAt: null,
    type: 'comment',
  };
}
