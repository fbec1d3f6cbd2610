// Given a draft table, lift repeated row qualifiers into the rows they qualify. Some tables name each item on a
// line of its own and print its numbers on the next line under one repeated qualifier:
//   IT
//   Regnskap pr. 31.12. i mill kr   0,00 0,00 0,00 0,07
// The item is "IT"; the qualifier says what every number is (and often in what unit). Read as printed, every
// row would be labelled by the qualifier and every item would stand as an empty section header.

import type { DraftRow, DraftTable } from './draft.ts';
import { findUnit } from './units.ts';
import { ALL_SPACES } from '../patterns.ts';

/** A qualifier repeats on at least this many value rows before it is taken as one. */
const MIN_REPEATS = 3;

const hasValues = (r: DraftRow) => r.values.some((v) => v !== null);

export function liftQualifiers(draft: DraftTable): DraftTable {
  const counts = new Map<string, number>();
  for (const r of draft.rows) if (hasValues(r) && r.label) counts.set(r.label, (counts.get(r.label) ?? 0) + 1);
  let qualifier: string | undefined;
  for (const [label, n] of counts) if (n >= MIN_REPEATS && (!qualifier || n > counts.get(qualifier)!)) qualifier = label;
  if (!qualifier) return draft;
  // Every value row carries the qualifier (rows that repeat a few labels by group — Brutto, Refusjon, Netto
  // under each year — are not qualified items), and each follows the line(s) naming its item.
  const rows = draft.rows;
  const named = rows.every((r, i) => !hasValues(r) || (r.label === qualifier && i > 0 && !hasValues(rows[i - 1]!) && rows[i - 1]!.label !== ''));
  if (!named) return draft;
  const out: DraftRow[] = [];
  for (const r of rows) {
    if (r.label === qualifier && hasValues(r)) {
      // The item's name may have wrapped over several value-less lines since the previous value row.
      const parts: DraftRow[] = [];
      while (out.length && !hasValues(out[out.length - 1]!)) parts.unshift(out.pop()!);
      out.push({ ...r, label: parts.map((p) => p.label).join(' ').replace(ALL_SPACES, ' ').trim() });
    } else out.push(r);
  }
  const lifted: DraftTable = { ...draft, rows: out };
  if (!draft.unitText && findUnit(qualifier)) lifted.unitText = qualifier;
  return lifted;
}
