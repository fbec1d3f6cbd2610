// Given a row's number tokens and the table's column count, return every way to read them as cells.
// "338 23 569" may be "338 | 23 569" or "33 823 | 569"; a row with fewer numbers than columns has empty
// cells somewhere; a year right after the label ("Merforbruk fra 2023  -57,8") may belong to the label.
// Each reading gets a prior cost; the table's arithmetic chooses among them (tables/resolve.ts).

import type { NumToken } from '../numbers/tokens.ts';
import { parseNumberCell } from '../numbers/parse-number.ts';

export interface Reading {
  values: (number | null)[];
  /** The printed text of each cell ('' when empty). */
  cells: string[];
  /** Token index range [first, last] of each cell, or null. */
  spans: ([number, number] | null)[];
  /** Leading tokens that were read as part of the label. */
  labelTokens: number;
  cost: number;
}

/** An empty cell costs this much: a row that fills every column is the plainer reading. */
export const EMPTY_CELL_COST = 1;
/** A year glued to the label ("fra 2023") is usually the label's. */
const YEAR_IN_LABEL_COST = 0.3;
const NUMBER_IN_LABEL_COST = 2.5;
/** Readings beyond this many are not enumerated (a row of 20+ three-digit groups). */
const MAX_SEGMENTATIONS = 4000;
const MAX_READINGS = 20000;

type Cell = { first: number; last: number };

function segmentations(tokens: NumToken[], from: number, maxCells: number): Cell[][] {
  const out: Cell[][] = [];
  const walk = (i: number, acc: Cell[]) => {
    if (out.length >= MAX_SEGMENTATIONS) return;
    if (i === tokens.length) {
      out.push(acc.slice());
      return;
    }
    if (acc.length === maxCells) return;
    const t = tokens[i]!;
    // A cell on its own token.
    acc.push({ first: i, last: i });
    walk(i + 1, acc);
    acc.pop();
    // A grouped number: 1–3 digits, then three-digit groups.
    if (t.kind === 'digits' && !t.terminal) {
      for (let j = i + 1; j < tokens.length && tokens[j]!.group; j++) {
        acc.push({ first: i, last: j });
        walk(j + 1, acc);
        acc.pop();
        if (tokens[j]!.terminal) break;
      }
    }
  };
  walk(from, []);
  return out;
}

function cellText(tokens: NumToken[], c: Cell): string {
  return tokens.slice(c.first, c.last + 1).map((t) => t.text).join(' ');
}

function cellValue(text: string): number | null {
  const v = parseNumberCell(text);
  return v === undefined ? null : v;
}

/** Every reading of `tokens` into `columns` cells, cheapest first. */
export function enumerateReadings(tokens: NumToken[], columns: number, hasLabel: boolean): Reading[] {
  const out: Reading[] = [];
  const skips: { n: number; cost: number }[] = [{ n: 0, cost: 0 }];
  const first = tokens[0];
  if (hasLabel && first && tokens.length > 1) {
    if (first.year) skips.push({ n: 1, cost: YEAR_IN_LABEL_COST });
    else if (first.kind === 'digits' || first.kind === 'whole') skips.push({ n: 1, cost: NUMBER_IN_LABEL_COST });
  }
  for (const skip of skips) {
    for (const seg of segmentations(tokens, skip.n, columns)) {
      const k = seg.length;
      if (k === 0 && tokens.length > skip.n) continue;
      const texts = seg.map((c) => cellText(tokens, c));
      const vals = texts.map(cellValue);
      // Year tokens in the body keep a small cost so that the label reading wins a tie.
      const placementCost = skip.cost + (columns - k) * EMPTY_CELL_COST;
      for (const slots of placements(k, columns)) {
        if (out.length >= MAX_READINGS) break;
        const values: (number | null)[] = new Array(columns).fill(null);
        const cells: string[] = new Array(columns).fill('');
        const spans: ([number, number] | null)[] = new Array(columns).fill(null);
        slots.forEach((col, idx) => {
          values[col] = vals[idx]!;
          cells[col] = texts[idx]!;
          spans[col] = [seg[idx]!.first, seg[idx]!.last];
        });
        out.push({ values, cells, spans, labelTokens: skip.n, cost: placementCost + edgeCost(slots, columns) });
      }
    }
  }
  out.sort((a, b) => a.cost - b.cost);
  return out;
}

/** With nothing else to go on, empty cells sit at the row's end: a tiny preference, not a rule. */
function edgeCost(slots: number[], columns: number): number {
  let c = 0;
  slots.forEach((col, idx) => (c += (col - idx) * 0.01));
  return c / Math.max(1, columns);
}

const placementCache = new Map<string, number[][]>();
/** All increasing sequences of k column indexes out of n. */
export function placements(k: number, n: number): number[][] {
  const key = `${k}/${n}`;
  const hit = placementCache.get(key);
  if (hit) return hit;
  const out: number[][] = [];
  const walk = (start: number, acc: number[]) => {
    if (acc.length === k) {
      out.push(acc.slice());
      return;
    }
    for (let c = start; c <= n - (k - acc.length); c++) {
      acc.push(c);
      walk(c + 1, acc);
      acc.pop();
    }
  };
  walk(0, []);
  placementCache.set(key, out);
  return out;
}

/** Fewest and most cells any reading of `tokens` can make (used to guess a table's width). */
export function cellCountRange(tokens: NumToken[]): [number, number] {
  if (tokens.length === 0) return [0, 0];
  // Greedy longest groups give the fewest cells; every token alone gives the most.
  let min = 0;
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i]!;
    let j = i;
    if (t.kind === 'digits' && !t.terminal) while (j + 1 < tokens.length && tokens[j + 1]!.group && !tokens[j]!.terminal) j++;
    min++;
    i = j + 1;
  }
  return [min, tokens.length];
}
