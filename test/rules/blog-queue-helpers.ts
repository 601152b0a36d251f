// The untrained rules-only moderator and the comment shape the blog-queue rule tests share
// (blog-queue-s13b.test.ts, blog-queue-s14b.test.ts).
import type { CommentInput } from '../../src/index.js';
import { createModerator } from '../../src/index.js';

export const moderator = createModerator({ starter: false });
export const ids = (c: CommentInput): string[] => moderator.check(c).reasons.map((r) => r.id);
export const on = (postTitle: string, content: string, url = ''): CommentInput => ({
  content,
  author: { name: 'Sam', email: 'sam@mail.example.com', url },
  target: { postTitle, permalink: 'https://notes.example.net/2026/12/post' },
});
/** One rule's evidence on a comment, joined with " | " ('' when the rule does not hit). */
export const evidenceOf = (c: CommentInput, id: string): string => moderator.check(c).reasons.find((r) => r.id === id)?.evidence.join(' | ') ?? '';
