// A total and its breakdown in neighbouring columns: "Avvik fra budsjett totalt pr. type plass" holds a group's
// total on the group's row, "Avvik fra budsjett detaljer" the parts on the rows under it ("Langtidsplasser
// -22 168" over "SYE ordinær langtid -18 750", "SYE spesialplass -2 975", "Private kjøp -444"). Each group's
// total is the sum of its parts: the rows are read so that it is, and every group is checked.

import type { Check, Column, Row } from '../model.ts';
import { round } from './row-identities.ts';
import { addsUp, decimalsOf } from './tolerance.ts';

export interface BreakdownColumns {
  /** The column of the groups' totals. */
  total: number;
  /** The column of their parts, right after it. */
  parts: number;
}

const TOTAL = /\btotalt?\b/i;
const PARTS = /\bdetalj/i;

/** The total and parts columns a table names, if it does ("… totalt …", then "… detaljer"). */
export function breakdownColumns(labels: string[]): BreakdownColumns | undefined {
  for (let c = 0; c + 1 < labels.length; c++) {
    if (TOTAL.test(labels[c]!) && PARTS.test(labels[c + 1]!)) return { total: c, parts: c + 1 };
  }
  return undefined;
}

interface Group {
  /** The row that prints the total. */
  row: number;
  total: number;
  /** The rows that print its parts. */
  parts: number[];
  sum: number;
}

/** A row prints a total (a value in the total column only), a part (in the parts column only) or neither. */
export function rowPart(values: (number | null)[], b: BreakdownColumns): 'total' | 'part' | undefined {
  const t = values[b.total], p = values[b.parts];
  if (t != null && p == null) return 'total';
  if (p != null && t == null) return 'part';
  return undefined;
}

/** The groups of a table's rows: each total row with the part rows under it, up to the next total row. */
function breakdownGroups(rows: (number | null)[][], b: BreakdownColumns): Group[] {
  const groups: Group[] = [];
  let open: Group | undefined;
  rows.forEach((values, i) => {
    const part = rowPart(values, b);
    if (part === 'total') {
      open = { row: i, total: values[b.total]!, parts: [], sum: 0 };
      groups.push(open);
    } else if (part === 'part' && open) {
      open.parts.push(i);
      open.sum += values[b.parts]!;
    }
  });
  return groups.filter((g) => g.parts.length > 0);
}

/** A group's total holds within rounding: each part and the total off by half their printed unit. */
function groupHolds(rows: (number | null)[][], b: BreakdownColumns, g: Group): boolean {
  let decimals = decimalsOf(g.total);
  for (const i of g.parts) decimals = Math.max(decimals, decimalsOf(rows[i]![b.parts]!));
  return addsUp(g.total, g.sum, decimals, g.parts.length + 1);
}

/** Share of the groups that must add up before the breakdown is taken as the table's and every group checked. */
const MIN_AGREEMENT = 0.6;
const MIN_GROUPS = 2;

export function checkBreakdown(columns: Column[], rows: Row[]): Check[] {
  const b = breakdownColumns(columns.map((c) => c.label));
  if (!b) return [];
  const values = rows.map((r) => r.values);
  const groups = breakdownGroups(values, b);
  const ok = groups.filter((g) => groupHolds(values, b, g)).length;
  if (ok < MIN_GROUPS || ok / groups.length < MIN_AGREEMENT) return [];
  return groups.map((g) => ({
    kind: 'sum' as const, row: g.row, column: b.total, printed: g.total, computed: round(g.sum), delta: round(g.total - g.sum),
    ok: groupHolds(values, b, g),
    expr: `sum(${g.parts.map((i) => rows[i]!.label).join(', ')} [${columns[b.parts]!.label}]) = ${rows[g.row]!.label} [${columns[b.total]!.label}]`,
  }));
}
