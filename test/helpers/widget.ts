// Parses the page shape of ../shared/seed/page-with-comments.txt: article paragraphs, then a
// "recent comments" widget where each comment is `<author> in: <post title>` and an excerpt line.
import type { Comment } from '../../src/index.js';

export interface WidgetPage {
  paragraphs: string[];
  comments: Comment[];
}

const WIDGET_LINE = /^(\S(?:.*\S)?) in: (\S.*)$/;
const URL_LIKE = /^https?:\/\/\S+$/i;

export function parseWidgetPage(text: string): WidgetPage {
  const lines = text.split(/\r?\n/);
  const paragraphs: string[] = [];
  const comments: Comment[] = [];
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (WIDGET_LINE.test(line) && i + 1 < lines.length) break;
    if (line.trim()) paragraphs.push(line.trim());
  }
  for (; i < lines.length; i++) {
    const m = WIDGET_LINE.exec(lines[i] ?? '');
    if (!m) continue;
    const author = m[1] ?? '';
    const excerpt = (lines[i + 1] ?? '').trim();
    i++;
    comments.push({
      id: `widget-${comments.length + 1}`,
      content: excerpt,
      // The widget links the author's name to their URL; a name that is a URL is both.
      author: URL_LIKE.test(author) ? { name: author, url: author } : { name: author },
      target: { postTitle: m[2] ?? '' },
    });
  }
  return { paragraphs, comments };
}
