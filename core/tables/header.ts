// Given a table's header text (its wrapped header lines joined) and its column count, return one label per
// value column. Oslo's column names start with a role word (Regnskap, Oppr./Opprinnelig, Regulert, Avvik …)
// and usually end with a year or date, so those are the cut points; years alone ("2022 2023 2024") are
// columns of their own.

import { HEADER_WORD } from './classify-lines.ts';

const START = /^(?:regnskap|oppr\.?|opprinnelig|regulert|justert|avvik|overf[øo]rte?|overført|endring|måltall|mål|resultat|prognose|vedtatt|dok|budsjett|beløp|andel|antall|snitt|sum|total|prosjektnummer|møter|saker|fordringer|gjeld|bruk|y-?disp|differanse|forbruk|kvinner|menn|heltid|deltid|jan|feb|mars|april|mai|juni|juli|aug|sept|okt|nov|des)\b/i;
const YEAR_END = /^(?:\(?(?:19|20)\d\d\)?|\d\d\.\d\d\.(?:19|20)\d\d|\(?(?:inkl|ekskl)\.?.*\))[.,:]?$/;

export function joinHeaderLines(lines: string[]): string {
  return lines
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ')
    .replace(/(\p{Ll})- (\p{Ll})/gu, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits header text into column labels; `columns` is how many value columns the rows print. */
export function splitHeader(text: string, columns: number): { labels: string[]; labelHeader: string } {
  const words = text.split(/\s+/).filter(Boolean);
  const segs: string[][] = [];
  let cur: string[] = [];
  const flush = () => {
    if (cur.length) segs.push(cur);
    cur = [];
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const prev = cur[cur.length - 1];
    const startsColumn = START.test(w) && !(prev && /^(?:oppr\.?|opprinnelig|regulert|justert|vedtatt)$/i.test(prev) && /^budsjett/i.test(w));
    const prevEnded = prev !== undefined && YEAR_END.test(prev);
    const yearAlone = /^(?:19|20)\d\d$/.test(w) && (prev === undefined || YEAR_END.test(prev) || !HEADER_WORD.test(cur.join(' ')));
    if (cur.length && (startsColumn || prevEnded || (yearAlone && cur.every((x) => /^(?:19|20)\d\d$/.test(x))))) flush();
    cur.push(w);
  }
  flush();
  let labels = segs.map((s) => s.join(' '));
  if (columns <= 0) return { labels, labelHeader: '' };
  // Text before the first column word names the label column ("Netto driftsutgifter").
  let labelHeader = '';
  while (labels.length > columns && labels[0] && !START.test(labels[0]) && !/^(?:19|20)\d\d/.test(labels[0])) {
    labelHeader = `${labelHeader} ${labels.shift()}`.trim();
  }
  if (labels.length > columns) {
    // Too many pieces: merge the shortest neighbours (a role word split from its year).
    while (labels.length > columns) {
      let best = 0;
      let bestLen = Infinity;
      for (let i = 0; i + 1 < labels.length; i++) {
        const len = labels[i]!.length + labels[i + 1]!.length;
        if (!YEAR_END.test(labels[i]!.split(' ').pop() ?? '') && len < bestLen) {
          best = i;
          bestLen = len;
        }
      }
      if (bestLen === Infinity) {
        labelHeader = `${labelHeader} ${labels.shift()}`.trim();
        continue;
      }
      labels.splice(best, 2, `${labels[best]} ${labels[best + 1]}`);
    }
  }
  while (labels.length < columns) labels.unshift('');
  return { labels, labelHeader };
}
