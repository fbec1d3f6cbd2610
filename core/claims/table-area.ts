// Given the tables (and, when known, the report lines), return the funksjonsområde each table is about:
// named in its title, in its total row ("Sum FO4A *)"), or in the caption just above it
// or in the nearest caption/section heading above it ("3.6.4 Hovedoversikt økonomi FO3 – netto driftsutgifter")
// when the table engine kept only a short title.

import type { Line, Table } from '../model.ts';
import { areaOf } from './area-code.ts';

/** How far above a table's first body row its caption or section heading may stand (wrapped headers, notes). */
const CAPTION_REACH_LINES = 200;
/** A caption or heading: numbered ("3.6.4 Hovedoversikt økonomi FO3 – …") or short; prose names areas in passing. */
const HEADING = /^\s*(?:\d+(?:\.\d+)+\.?\s|[^.]{0,80}$)/u;

function totalLabel(t: Table): string {
  const k = t.rows.map((r) => r.kind).lastIndexOf('total');
  return t.rows[k]?.label ?? '';
}

function captionArea(t: Table, byLine: Map<number, Line>): string | undefined {
  const first = t.line ?? t.rows[0]?.line;
  if (first === undefined) return undefined;
  for (let n = first - 1; n >= Math.max(1, first - CAPTION_REACH_LINES); n--) {
    const text = byLine.get(n)?.text ?? '';
    if (!HEADING.test(text)) continue;
    const area = areaOf(text);
    if (area !== undefined) return area;
  }
  return undefined;
}

export function tableAreas(tables: Table[], lines: Line[] = []): Map<string, string> {
  const byLine = new Map(lines.map((l) => [l.line, l]));
  const out = new Map<string, string>();
  for (const t of tables) {
    const area = areaOf(t.title ?? '') ?? areaOf(totalLabel(t)) ?? captionArea(t, byLine);
    if (area !== undefined) out.set(t.id, area);
  }
  return out;
}
