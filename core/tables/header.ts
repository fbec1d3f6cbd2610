// Given a table's header text (its wrapped header lines joined) and its column count, return one label per
// value column. Oslo's column names start with a role word (Regnskap, Oppr./Opprinnelig, Regulert, Avvik …)
// and usually end with a year or date, so those are the cut points; years alone ("2022 2023 2024") are
// columns of their own.

import { isSpaceChar, spaceAt } from '../numbers/tokens.ts';
import { ALL_SPACES, SPACES } from '../patterns.ts';

const START = /^(?:regnskap|oppr\.?|opprinnelig|regulert|revidert|justert|utbetalt|bydel(?:en)?|oslo|landet|avvik|overf[øo]rte?|endring|måltall|mål|resultat|prognose|vedtatt|dok|budsjett|beløp|andel|antall|snitt|sum|total|prosjektnummer|møter|saker|fordringer|gjeld|bruk|y-?disp|differanse|forbruk|kvinner|menn|heltid|deltid|jan|feb|mars|april|mai|juni|juli|aug|sept|okt|nov|des)\b|^(?:reg|rev|just)\.(?=\s|$)/i;
const YEAR_END = /^(?:\(?(?:19|20)\d\d(?:[-–/](?:19|20)?\d\d)?\)?|\d\d\.\d\d\.(?:19|20)\d\d|\(?(?:inkl|ekskl)\.?.*\))[.,:]?$/;

/** Column names that carry their year ("Regnskap 2023", "Avvik reg.bud/regnskap 2024"). */
const START_TAKES_YEAR = /^(?:regnskap|oppr\.?|opprinnelig|regulert|justert|avvik|overf[øo]rte?|endring|måltall|mål|resultat|prognose|vedtatt|dok|budsjett|beløp|bud\.)|\b(?:budsjett|regnskap|avvik|resultat)\b/i;

const KOSTRA_ART = String.raw`kostra\s*[–-]?\s*art(?:\s*\/\s*balanse)?|art\s*\/\s*balanse`;
/** Names of columns that print codes, not amounts: KOSTRA art and balance codes, voucher numbers, cost centres. */
export const CODE_COLUMN = new RegExp(String.raw`^(?:${KOSTRA_ART}|(?:\p{L}+\s+)?bilagsn(?:umme)?r|kontonummer|kontonr|koststed|kode)$`, 'iu');
/** A code column's name ending the words before the first column name ("Bundet driftsfond Kostra art/balanse"). */
const CODE_TAIL = new RegExp(String.raw`(?:^|\s)((?:${KOSTRA_ART}|bilagsn(?:umme)?r|koststed))$`, 'i');

const TOTALT_OR_PERCENT = /^totalt(?:\s*%)?$/i;

/** What startsColumnName tests of a trimmed text, as one pattern: START or TOTALT_OR_PERCENT. */
export const STARTS_COLUMN_NAME = new RegExp(`${START.source}|${TOTALT_OR_PERCENT.source}`, 'i');

export function startsColumnName(text: string): boolean {
  return STARTS_COLUMN_NAME.test(text.trim());
}

const TOTALT = /^totalt$/i;

/** "Totalt" names a column when a column name or the header's end follows ("Totalt Totalt Menn % Kvinner %"),
 * not when it starts a phrase ("Totalt netto driftsutgifter"). */
function bareTotal(w: string, next: string | undefined): boolean {
  return TOTALT.test(w) && (next === undefined || START.test(next) || TOTALT.test(next));
}

const SUM_WORD = /^(?:sum|totalt?)$/i;

/**
 * Column names numbered "1." "2." "3." … ("Prosjektnr.- og navn 1. Periodiseringsavvik, men innenfor vedtatt
 * tidsramme 2. Reelle netto besparelser … Sum prosjekt"): each number starts a column, and so does a closing "Sum";
 * role words inside a numbered name ("vedtatt") start nothing. Words before "1." name the label column.
 */
function numberedColumns(words: string[]): { labels: string[]; labelHeader: string } | undefined {
  const starts: number[] = [];
  let next = 1;
  // (Only a word that ends in a dot is compared with the number it would have to be.)
  for (let k = 0; k + 1 < words.length; k++) {
    const w = words[k]!;
    if (w.charCodeAt(w.length - 1) === 0x2e && w === `${next}.`) {
      starts.push(k);
      next++;
    }
  }
  if (starts.length < 2) return undefined;
  const labels: string[] = [];
  starts.forEach((s, n) => labels.push(words.slice(s, n + 1 < starts.length ? starts[n + 1] : words.length).join(' ')));
  // A closing total after the last numbered name: "… 4. Uforutsigbare avsetninger Sum prosjekt".
  const last = labels.pop()!.split(' ');
  const sum = last.findIndex((w, k) => k > 1 && SUM_WORD.test(w));
  if (sum > 0) labels.push(last.slice(0, sum).join(' '), last.slice(sum).join(' '));
  else labels.push(last.join(' '));
  return { labels, labelHeader: words.slice(0, starts[0]).join(' ') };
}

/** A line of column names only ("Totalt Totalt Menn % Kvinner % Totalt …"), however long: a header. */
export function onlyColumnNames(text: string): boolean {
  // (The words are read in place, and the first that names no column ends the test: most lines that start with a
  // column name's word are prose.)
  const t = text.trim();
  let words = 0;
  for (let start = 0; start < t.length; ) {
    const end = spaceAt(t, start);
    const next = wordAfter(t, end);
    const w = t.slice(start, end);
    // (The next word is cut out only for "Totalt", the one word that asks for it.)
    if (!(w === '%' || START.test(w) || (TOTALT.test(w) && bareTotal(w, next < t.length ? t.slice(next, spaceAt(t, next)) : undefined)))) return false;
    words++;
    start = next;
  }
  return words >= 4;
}

/** Where the word after white space at `from` starts (the text's length at its end). */
function wordAfter(t: string, from: number): number {
  while (from < t.length && isSpaceChar(t.charCodeAt(from))) from++;
  return from;
}

const HYPHENATED_BREAK = /(\p{Ll})- (\p{Ll})/gu;

export function joinHeaderLines(lines: string[]): string {
  // (The lines are joined as they come, and each pattern runs only where it can change something: a hyphen before
  // a space, white space other than one ' '.)
  let text = '';
  for (const l of lines) {
    const t = l.trim();
    if (t) text = text ? `${text} ${t}` : t;
  }
  if (text.includes('- ')) text = text.replace(HYPHENATED_BREAK, '$1$2');
  if (!singleSpaced(text)) text = text.replace(ALL_SPACES, ' ');
  return text.trim();
}

/** Whether every run of white space in a text is one ' ' (what `replace(ALL_SPACES, ' ')` leaves as it is). */
function singleSpaced(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (isSpaceChar(c) && (c !== 0x20 || (k + 1 < text.length && isSpaceChar(text.charCodeAt(k + 1))))) return false;
  }
  return true;
}

/** Words after which a role word continues the same column name ("Avvik justert for overførte prosjekter"). */
/** A label that is (or ends in) a date or year: "31.12.2024", "Virksomhet - navn: 31.12.2024". */
const DATED = /^(.*?)\s*(\d{1,2}\.\d{1,2}\.(?:19|20)\d\d)$|^()((?:19|20)\d\d)$/;
/** Names of columns of words: a status, a comment, a reason. */
const TEXT_COLUMN = /^(?:status|kommentar(?:er)?|merknad(?:er)?|måloppnåelse|forklaring|årsak(?:er)?)(?:\s|$)/i;
const GROUP_WORD = /^(?:kvinner|menn|heltid|deltid)$/i;
const MEASURE_WORD = /^(?:andel|antall|snitt)$/i;
const BINDS = /^(?:for|av|til|i|og|fra|pr\.?|per|med|mot|etter|inkl\.?|ekskl\.?|avvik|vektet|%-vis|prosentvis)$/i;

const OPENS_PAREN = /^\(/;
const ENDS_BROKEN = /[/-]$/;
const BUDGET_KIND = /^(?:oppr\.?|opprinnelig|regulert|reg\.?|revidert|rev\.?|justert|just\.?|vedtatt|vedt\.?)$/i;
const BUDGET = /^budsjett/i;
const STARTS_YEAR_OR_DATE = /^\(?(?:19|20)\d\d|^\d\d\.\d\d\./;
const ENDS_YEAR_OR_DATE = /^(.*?)\s*(\(?(?:19|20)\d\d\)?|\d\d\.\d\d\.(?:19|20)\d\d)$/;
const YEAR_OR_DATE = /^(?:\(?(?:19|20)\d\d\)?|\d\d\.\d\d\.(?:19|20)\d\d)$/;
const ENDS_PREPOSITION = /\s(?:i|per|pr\.?|for|fra|til)$/i;
const FOUR_DIGITS = /\d{4}/;
const STARTS_YEAR = /^(?:19|20)\d\d/;
const NAME_THEN_YEAR = /^(.*\S)\s+(\(?(?:19|20)\d\d\)?)$/;
const HAS_YEAR = /(?:19|20)\d\d/;

/** Splits header text into column labels; `columns` is how many value columns the rows print (0: as printed). */
export function splitHeader(text: string, columns: number): { labels: string[]; labelHeader: string } {
  return fitHeader(headerNames(text), columns);
}

/** A header's names as printed (splitHeader(text, 0)), which fitHeader fits to the rows' columns. */
export interface HeaderNames {
  labels: string[];
  labelHeader: string;
  /** Numbered names ("1. … 2. …"): fitted to no column count. */
  numbered: boolean;
}

/** The column names a header prints, before they are fitted to the rows' columns. */
export function headerNames(text: string): HeaderNames {
  const words = text.split(SPACES).filter(Boolean);
  const numbered = numberedColumns(words);
  if (numbered) return { ...numbered, numbered: true };
  // Phase 1: a column name ends with its year or date. (A piece is a run of words, from one cut to the next; a word
  // that is a year ends a piece as YEAR_END says, so no test of a piece of years alone is needed.)
  const cuts: number[] = [];
  for (let k = 1; k < words.length; k++) if (YEAR_END.test(words[k - 1]!) && !OPENS_PAREN.test(words[k]!)) cuts.push(k);
  // Phase 2: inside a piece, a role word starts a new column unless the word before binds it. (Each name is built
  // as its words come, with the count of its words.)
  let labels: string[] = [];
  for (let p = 0; p <= cuts.length; p++) {
    const from = p > 0 ? cuts[p - 1]! : 0;
    const to = p < cuts.length ? cuts[p]! : words.length;
    let part = '';
    let partWords = 0;
    for (let k = from; k < to; k++) {
      const w = words[k]!;
      const prev = k > from ? words[k - 1]! : undefined;
      // (A word repeated starts a column of its own: "Avvik Avvik i %".)
      const starts = prev !== undefined && (START.test(w) || bareTotal(w, k + 1 < to ? words[k + 1] : undefined)) &&
        (!BINDS.test(prev) || prev.toLowerCase() === w.toLowerCase()) && !ENDS_BROKEN.test(prev) &&
        // "Kvinner andel av menn %": a measure of a group named just before it is that group's column.
        !(partWords === 1 && GROUP_WORD.test(prev) && MEASURE_WORD.test(w)) &&
        !(BUDGET_KIND.test(prev) && BUDGET.test(w));
      if (starts) {
        labels.push(part);
        part = '';
        partWords = 0;
      }
      part = partWords ? `${part} ${w}` : w;
      partWords++;
    }
    if (partWords) labels.push(part);
  }
  // Words before the first column name name the label column ("Brutto driftsutgifter Regnskap 2023 …",
  // "Befolknings- utvikling 01.01.2021 01.01.2022 …").
  let lead = '';
  while (labels.length > 1 && labels[0] && !startsColumnName(labels[0]) && !STARTS_YEAR_OR_DATE.test(labels[0])) {
    const first = labels[0];
    const m = ENDS_YEAR_OR_DATE.exec(first);
    // ("Aldersgruppe 2022 2023 2024 Endring": the years, and column names after them.)
    if (m && m[1] && labels.slice(1).every((l) => YEAR_OR_DATE.test(l) || startsColumnName(l)) &&
      YEAR_OR_DATE.test(labels[1] ?? '')) {
      lead = `${lead} ${m[1]}`.trim();
      labels[0] = m[2]!;
      break;
    }
    // A year after a preposition belongs to the phrase ("Tildelt langtidsplass i 2024 Sum Andel").
    if (m && !(ENDS_PREPOSITION.test(` ${m[1] ?? ''}`) && labels.slice(1).every((l) => startsColumnName(l)))) break;
    lead = `${lead} ${labels.shift()}`.trim();
  }
  // One date over several names without dates of their own ("31.12.2024 Fordringer (+) Gjeld (-)") dates them all.
  // (Words before that date name the label column: "Virksomhet - navn: 31.12.2024 Fordringer (+) Gjeld (-)".)
  const dated = labels.length >= 3 ? DATED.exec(labels[0]!) : null;
  if (dated && labels.slice(1).every((l) => START.test(l) && !FOUR_DIGITS.test(l))) {
    labels.shift();
    const date = dated[2] ?? dated[4]!;
    lead = `${lead} ${dated[1] ?? ''}`.trim();
    labels = labels.map((l) => `${l} ${date}`);
  }
  // A code column printed before the amounts ("Bundet driftsfond  Kostra art/balanse  Regnskap 2024 …") is a column.
  const code = CODE_TAIL.exec(lead);
  if (code && labels.length) {
    labels.unshift(code[1]!);
    lead = lead.slice(0, code.index).trim();
  }
  // A column of words after the figures ("Status", "Kommentar") holds no values: the rows' figures stand before it.
  while (labels.length > 1 && TEXT_COLUMN.test(labels[labels.length - 1]!)) labels.pop();
  return { labels, labelHeader: lead, numbered: false };
}

/** splitHeader(text, columns) from headerNames(text) (which it leaves as it is). */
export function fitHeader(names: HeaderNames, columns: number): { labels: string[]; labelHeader: string } {
  if (names.numbered || columns <= 0) return { labels: names.labels, labelHeader: names.labelHeader };
  const labels = names.labels.slice();
  let labelHeader = names.labelHeader;
  while (labels.length > columns && labels[0] && !START.test(labels[0]) && !STARTS_YEAR.test(labels[0])) {
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
  // Fewer names than columns: a year after a name that does not take one ("Des 2023") is a column of its own.
  for (let i = labels.length - 1; i >= 0 && labels.length < columns; i--) {
    const m = NAME_THEN_YEAR.exec(labels[i]!);
    if (m && !START_TAKES_YEAR.test(m[1]!) && !HAS_YEAR.test(m[1]!)) labels.splice(i, 1, m[1]!, m[2]!);
  }
  while (labels.length < columns) labels.unshift('');
  return { labels, labelHeader };
}
