// Where a table's caption and unit stand: the lines just above its header. A caption ("Tabell 2", "Note 30") or a
// numbered heading closes a header from above; a unit statement ("Tall i 1000 kr") states the unit, an amount
// named in running text does not.

import { findUnit } from '../semantics/units.ts';
import type { ClassifiedLine } from './classify-lines.ts';
import { SPACES } from '../patterns.ts';

/** Lines above a header searched for the table's caption and unit. */
const CONTEXT_LINES = 8;

export const CAPTION = /^(?:tabell|table|tab\.|figur|oversikt|note)\s*[\d.:]/i;

/** "Tall i 1000 kr": the unit line stands between a caption and its header. */
export function isUnitLine(cl: ClassifiedLine): boolean {
  if (cl.kind !== 'label' || !findUnit(cl.line.text)) return false;
  const words = cl.line.text.trim().split(SPACES).length;
  // (A line of column names may name a unit too: "Måned Antall mottakere Utbetalt (1000 kr)".)
  return words <= 4 || (words <= 6 && UNIT_STATEMENT.test(cl.line.text));
}

/** A numbered section heading: "3.2.4 Hovedoversikt økonomi FO1 - netto driftsutgifter" (a date is none). */
const SECTION = /^\d+(?:\.\d+)+\.?\s+\p{Lu}/u;
/** A section number before any word (a heading that closes a header may start in lower case). */
const NUMBERED = /^\d+(?:\.\d+)+\.?\s+\p{L}/u;
/** A code before a capitalised phrase: "231 Aktivitetstilbud barn og unge". */
const CODED_PHRASE = /^\d+\s+\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){1,}/u;
const DATE_START = /^\d{1,2}\.\d{1,2}\.(?:19|20)\d\d\s/;

/** A caption ("Tabell 0.1 B …", "Note 22 …") or a numbered section heading: what names a table. */
export function isCaption(text: string): boolean {
  const t = text.trim();
  return CAPTION.test(t) || (SECTION.test(t) && !DATE_START.test(t));
}

/** The piece of a wrapped line, not a title: it ends in a hyphen or colon ("Befolknings-", "navn:"), or starts in
 * lower case ("funksjon", "og hindre at flere …"). */
const FRAGMENT = /[-:–]$|^\p{Ll}/u;

/** A caption or numbered heading ("Tabell 0.1 …", "3.1.2 Bydelens investeringer") closes a header from above. */
export function isHeading(text: string): boolean {
  const t = text.trim();
  // (A date is no section number: "31.12.2024 Eget bilagsnummer" heads columns.)
  return CAPTION.test(t) || (NUMBERED.test(t) && !DATE_START.test(t)) || CODED_PHRASE.test(t);
}

export function captionAndUnit(lines: ClassifiedLine[], top: number, headerText: string): { title?: string; unitText?: string } {
  let title: string | undefined;
  // A caption or numbered section heading above the table names it better than a nearer line of words.
  let caption: string | undefined;
  let unitText = findUnit(headerText) ? headerText : undefined;
  // Lines read here (the first `read` non-blank ones above the table).
  let read = 0;
  for (let k = top - 1, seen = 0; k >= 0 && seen < CONTEXT_LINES; k--) {
    const cl = lines[k]!;
    if (cl.kind === 'blank') continue;
    read = ++seen;
    const text = cl.line.text.trim();
    // Running text names amounts in units ("(-39,8 mill. kroner)"); only a unit statement sets the table's.
    if (!unitText && statesUnit(text, cl.kind)) unitText = text;
    if (cl.kind === 'row' && seen > 1) break;
    if (!caption && isCaption(text) && text.length <= 160) caption = text;
    if (!title && cl.kind !== 'prose' && cl.kind !== 'row' && text.length <= 160 && seen <= 3 && !findUnitOnly(text) && !FRAGMENT.test(text)) title = text;
    if (cl.kind === 'prose' && !unitText) break;
  }
  title = caption ?? title;
  // A unit statement may stand above the sentences that introduce the table ("Tall i hele tusen" / "Resultatet
  // per avdeling viser at …"). (The lines read above stated none, even as prose, which asks more: they are not
  // tested again.)
  for (let k = top - 1, seen = 0; !unitText && k >= 0 && seen < CONTEXT_LINES; k--) {
    const cl = lines[k]!;
    if (cl.kind === 'blank') continue;
    seen++;
    if (cl.kind === 'row') break;
    if (seen <= read) continue;
    const text = cl.line.text.trim();
    if (statesUnit(text, 'prose')) unitText = text;
  }
  const out: { title?: string; unitText?: string } = {};
  if (title) out.title = title;
  if (unitText) out.unitText = unitText;
  return out;
}

/** "Tall i 1000 kr", "Beløp i hele kroner", "(tall i mill. kroner)": a sentence that states the unit. */
const UNIT_STATEMENT = /\b(?:tall|beløp|beløpene|beløpa)\s+(?:er\s+)?(?:oppgitt\s+|vist\s+)?i\b/i;

/** An amount in running text ("merforbruk på 3,5 mill. kroner", "kr 1,3 mill."): no statement of a unit. */
const AMOUNT = /\d,\d+\s*(?:mill|mrd)|\d\s*(?:millioner|milliarder)\b|\bkr\.?\s+\d/i;

function statesUnit(text: string, kind: ClassifiedLine['kind']): boolean {
  if (!findUnit(text)) return false;
  if (UNIT_STATEMENT.test(text) || findUnitOnly(text)) return true;
  return kind !== 'prose' && !AMOUNT.test(text);
}

function findUnitOnly(text: string): boolean {
  return !!findUnit(text) && text.split(SPACES).length <= 5;
}
