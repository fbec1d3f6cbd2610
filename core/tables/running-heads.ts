// Running heads and feet ("Bydel Søndre Nordstrand • Årsberetning 2023" and its page number) read as rows of one
// number in a text dump. Set aside, they mark where a page ends.

import type { ClassifiedLine } from './classify-lines.ts';
import { SPACES } from '../patterns.ts';

/** A running page header or footer repeats this often in a text dump. */
const MIN_RUNNING = 3;

const NONE: ClassifiedLine['split'] = { label: '', tokens: [] };

const PAGE_NUMBER = /^\d{1,3}$/;

/**
 * Page headers and footers ("Bydel Søndre Nordstrand • Årsberetning 2023", then the page number "23") read as
 * rows of one number. The same line repeated on several pages is a running head; a lone page number next to it
 * is its page's number. Both are set aside, so neither becomes a table of its own.
 */
export function dropRunningHeads(lines: ClassifiedLine[]): ClassifiedLine[] {
  // (Each line's key is found once: most lines have none, and the keys are kept only where one is.)
  const counts = new Map<string, number>();
  const keyed: number[] = [];
  const keys: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const key = runningKey(lines[i]!);
    if (key === undefined) continue;
    keyed.push(i);
    keys.push(key);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let running = false;
  for (const n of counts.values()) if (n >= MIN_RUNNING) running = true;
  if (!running) return lines;
  const out = lines.slice();
  for (let r = 0; r < keyed.length; r++) {
    if (counts.get(keys[r]!)! < MIN_RUNNING) continue;
    const i = keyed[r]!;
    out[i] = { ...out[i]!, kind: 'blank', split: NONE, pageBreak: true };
    // The page number stands within a line or two of it (blank lines aside).
    for (let step = 1; step >= -1; step -= 2) {
      for (let k = i + step, seen = 0; k >= 0 && k < out.length && seen < 2; k += step) {
        if (out[k]!.kind === 'blank') continue;
        seen++;
        if (pageNumber(out[k]!)) out[k] = { ...out[k]!, kind: 'blank', split: NONE, pageBreak: true };
      }
    }
  }
  return out;
}

function pageNumber(cl: ClassifiedLine): boolean {
  return cl.kind === 'row' && !cl.split.label && cl.split.tokens.length === 1 && PAGE_NUMBER.test(cl.split.tokens[0]!.text);
}

const ENDS_SEPARATOR = /[•|–-]$/;

/**
 * What a running head or foot repeats: the whole line when it ends in a year ("Bydel Søndre Nordstrand •
 * Årsberetning 2023"), the words before the page number when it ends in one ("Bydel Ullern • Årsberetning 2024 •
 * 12"). Lines that are neither give undefined.
 */
function runningKey(cl: ClassifiedLine): string | undefined {
  if (cl.kind !== 'row' || cl.split.tokens.length !== 1 || !cl.split.label) return undefined;
  const t = cl.split.tokens[0]!;
  if (t.year) return cl.line.text.trim();
  // (A page number after a separator, in a line of several words that names no sum.)
  if (PAGE_NUMBER.test(t.text) && ENDS_SEPARATOR.test(cl.split.label) && cl.split.label.split(SPACES).length >= 3) return `${cl.split.label} #`;
  return undefined;
}
