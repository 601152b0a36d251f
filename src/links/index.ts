// PLACEHOLDER (replaced by the links work).
import type { LinkReport, NormalizedComment } from '../types.js';

export function extractLinks(comment: NormalizedComment): LinkReport {
  void comment;
  return { links: [], emails: [] };
}
