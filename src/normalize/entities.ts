// HTML character references, decoded by the `entities` package (fb55: the decoder behind
// htmlparser2 and cheerio) with the complete HTML5 table of 2,231 names, rather than a hand table:
// spammers use whichever name the table forgets (`&Vopf;iagra`, `&excl;`), and a browser knows
// them all. Its decoder is a single forward pass over a trie, linear on any input.
// In attribute values browsers leave `&copy=1` alone (query strings keep their parameters); in
// text they read legacy names without a semicolon (`&lt3` is `<3`), as this decoder does.
import { decodeHTML, decodeHTMLAttribute } from 'entities';

/** Decodes character references; text without `&` is returned as is. Never throws. */
export function decodeEntities(text: string, attribute = false): string {
  if (!text.includes('&')) return text;
  return attribute ? decodeHTMLAttribute(text) : decodeHTML(text);
}
