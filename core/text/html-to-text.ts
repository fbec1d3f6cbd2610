// Given the HTML of a report page, return its text with one line per block and table row, table cells
// separated by wide gaps, so the text engine reads HTML tables like those of a PDF text dump. No DOM: this
// runs in Node and in workers. Scripts and styles are dropped; entities decoded.


import { ALL_SPACES } from '../patterns.ts';
const BLOCK = /<\/?(?:p|div|h[1-6]|li|ul|ol|table|thead|tbody|tfoot|tr|caption|section|article|header|footer|br|figure|figcaption|dt|dd|blockquote)\b[^>]*>/gi;
const CELL_END = /<\/t[dh]\s*>/gi;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', minus: '\u2212', ndash: '–', mdash: '—', shy: '' };

const ENTITY = /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi;

function decode(s: string): string {
  return s.replace(ENTITY, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

const LEADING_SPACES = /^ +/;

const COMMENT = /<!--[\s\S]*?-->/g;
const HIDDEN_ELEMENT = /<(script|style|noscript|template|svg)\b[\s\S]*?<\/\1\s*>/gi;
const TAG = /<[^>]*>/g;
const TRAILING_BLANKS = /[ \t]+$/g;
const BLANK_LINES = /\n{3,}/g;

export function htmlToText(html: string): string {
  return decode(
    html
      .replace(COMMENT, '')
      .replace(HIDDEN_ELEMENT, '')
      .replace(ALL_SPACES, ' ')
      .replace(CELL_END, '   ')
      .replace(BLOCK, '\n')
      .replace(TAG, ''),
  )
    .split('\n')
    .map((l) => l.replace(TRAILING_BLANKS, '').replace(LEADING_SPACES, ''))
    .join('\n')
    .replace(BLANK_LINES, '\n\n');
}
