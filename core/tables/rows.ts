// Given the lines of one table body, return its raw rows: label (joined over wrapped lines) and number tokens.
// A label may wrap before its numbers ("F01 Administrasjon og / fellestjenester / 59 008 …") or continue after
// them ("Funk.omr. 4, Sosiale tjenester 383 284 … / og ytelser (brutto utg.)"): a line that starts in lower
// case continues the label it follows; a line in upper case starts the next row's label. Label lines left
// standing before a row that has its own label are section headers.

import type { NumToken } from '../numbers/tokens.ts';
import { CELL_NOTE, type ClassifiedLine } from './classify-lines.ts';
import { cellCountRange } from './readings.ts';
import { SPACES, STARTS_LOWER } from '../patterns.ts';

export interface RawRow {
  label: string;
  tokens: NumToken[];
  line: number;
  page?: number;
  /** The line that holds the numbers (for positions). */
  source?: ClassifiedLine;
}

const CONTINUES = /^(?:\p{Ll}|[(&+,/–-]|og\b|i\b|\d{1,2}\s+\p{Ll})/u;
/** A line that starts a row label of its own: a capital, or a code before one ("242 Råd …", "F02A Barnehager"). */
const STARTS_PHRASE = /^(?:\p{Lu}|\d{2,4}\s+\p{L}|[A-ZÆØÅ]{1,3}\d)/u;
const ENDS_OPEN = /(?:\b(?:og|i|for|av|til|med|på|innen|etter|fra|om|ved|mot|enn|over|under|per|mellom|uten|eller|samt)|,|-|–|\+|\/|(?:^|\s)(?:St|Sankt|Dr|Nr|Kap|Avd)\.)$/i;

/** A project or account number of five digits or more, then its name ("30060101 Tilretteleggingsmidler"). */
const CODED = /^\d{5,}\s+\p{L}/u;
/** Words a row's own label may have and still finish a project name printed above it ("Statsforvalter", "Gave"). */
const MAX_FINISHING_WORDS = 2;

/** Label lines that open with a project number, then a row whose own label is a word or two: one name. */
function codedName(pending: ClassifiedLine[], own: string): boolean {
  return CODED.test(pending[0]!.line.text.trim()) && pending.length <= 3 && !!own && own.split(SPACES).length <= MAX_FINISHING_WORDS;
}

const ENDS_HYPHENATED = /\p{Ll}-$/u;

function join(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  return ENDS_HYPHENATED.test(a) && STARTS_LOWER.test(b) ? `${a.slice(0, -1)}${b}` : `${a} ${b}`;
}

export function assembleRows(body: ClassifiedLine[]): RawRow[] {
  const rows: RawRow[] = [];
  // Rows labelled by their year ("2023 27,5 72,5 …"): the label lines above such a row are no part of its label.
  const yearLed = (cl: ClassifiedLine) => cl.kind === 'row' && !cl.split.label && !!cl.split.tokens[0]?.year;
  const byYear = body.filter(yearLed).length >= 2;
  let pending: ClassifiedLine[] = [];
  let lastWasRow = false;
  const flushAsHeaders = () => {
    for (const p of pending) rows.push({ label: p.line.text.trim(), tokens: [], line: p.line.line, ...(p.line.page ? { page: p.line.page } : {}) });
    pending = [];
  };
  for (const cl of body) {
    if (cl.kind === 'blank') continue;
    if (cl.kind === 'row') {
      // A note before a wrapped cell ("(+24,5 amb.l.) 2") labels nothing: the figure continues the row above.
      const own = cl.split.label.charCodeAt(0) === 40 && CELL_NOTE.test(cl.split.label) ? '' : cl.split.label;
      let label = own;
      if (pending.length) {
        // A complete line followed by one that starts a new phrase is a section header of its own.
        let cut = 0;
        // (A project's number and name wrap as they please: "30060207 Gavekonto / Hjørnesteinen / Gave -163 431,81".)
        if (CODED.test(pending[0]!.line.text.trim()) && codedName(pending, own)) cut = -1;
        for (let k = 1; k < pending.length && cut >= 0; k++) {
          const prevText = pending[k - 1]!.line.text.trim();
          if (STARTS_PHRASE.test(pending[k]!.line.text.trim()) && !ENDS_OPEN.test(prevText)) cut = k;
        }
        if (cut < 0) cut = 0;
        if (cut > 0) {
          const heads = pending.slice(0, cut);
          pending = pending.slice(cut);
          for (const p of heads) rows.push({ label: p.line.text.trim(), tokens: [], line: p.line.line, ...(p.line.page ? { page: p.line.page } : {}) });
        }
        const pre = pending.map((p) => p.line.text.trim()).reduce(join, '');
        if (byYear && yearLed(cl)) flushAsHeaders();
        else if (!own || CONTINUES.test(own) || ENDS_OPEN.test(pre) || codedName(pending, own)) label = join(pre, own);
        else flushAsHeaders();
        pending = [];
      }
      rows.push({ label, tokens: cl.split.tokens, line: cl.line.line, ...(cl.line.page ? { page: cl.line.page } : {}), source: cl });
      lastWasRow = true;
      continue;
    }
    const text = cl.line.text.trim();
    const prev = rows[rows.length - 1];
    if (lastWasRow && pending.length === 0 && prev && prev.tokens.length && CONTINUES.test(text) && !ENDS_OPEN.test(prev.label)) {
      prev.label = join(prev.label, text);
      continue;
    }
    if (lastWasRow && pending.length === 0 && prev && prev.tokens.length && prev.label && ENDS_OPEN.test(prev.label)) {
      prev.label = join(prev.label, text);
      continue;
    }
    pending.push(cl);
    lastWasRow = false;
  }
  // Label lines after the last row belong to what follows the table, not to it.
  return rows;
}

/**
 * A row whose numbers wrapped onto a line of their own ("860 Motpost avskrivninger -5 138" / "-4 531 4 531"):
 * a line of numbers with no label continues the row above when together they still fit the table's columns
 * and the row above leaves cells to fill. (A line that starts with a year is a row of its own: "2023 27,5 …".)
 */
export function joinSplitRows(rows: RawRow[], columns: number): RawRow[] {
  const out: RawRow[] = [];
  for (const r of rows) {
    const prev = out[out.length - 1];
    const prevRange = prev && !r.label && r.tokens.length && !r.tokens[0]!.year && prev.tokens.length && prev.label
      ? cellCountRange(prev.tokens, prev.label) : undefined;
    if (prev && prevRange && prevRange[0] + cellCountRange(r.tokens)[0] <= columns && prevRange[1] < columns) {
      out[out.length - 1] = { ...prev, tokens: [...prev.tokens, ...r.tokens.map((t, k) => (k === 0 ? { ...t, gap: 1 } : t))] };
      continue;
    }
    out.push(r);
  }
  return out;
}
