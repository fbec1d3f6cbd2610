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

/** The area each caption/heading line names, looked up once per line however many tables stand below it. */
type CaptionAreas = (n: number) => string | undefined;

/** The line numbered n: text input numbers its lines 1, 2, 3 …, so no index is needed for it. */
function lineLookup(lines: Line[]): (n: number) => Line | undefined {
  if (lines.every((l, i) => l.line === i + 1)) return (n) => lines[n - 1];
  const byLine = new Map(lines.map((l) => [l.line, l]));
  return (n) => byLine.get(n);
}

function captionAreas(lines: Line[]): CaptionAreas {
  const lineAt = lineLookup(lines);
  // By line number; null: looked at, names no area. Allocated at full length: filled from the bottom up, a
  // growing array would turn sparse (a dictionary) and cost more than the lookups it saves.
  let last = 0;
  for (let k = 0; k < lines.length; k++) if (lines[k]!.line > last) last = lines[k]!.line;
  const memo: (string | null | undefined)[] = new Array<string | null | undefined>(last + 1).fill(undefined);
  return (n) => {
    let area = memo[n];
    if (area === undefined) {
      const text = lineAt(n)?.text ?? '';
      const named = areaOf(text);
      area = (named !== undefined && HEADING.test(text) ? named : undefined) ?? null;
      memo[n] = area;
    }
    return area ?? undefined;
  };
}

function captionArea(t: Table, areaAt: CaptionAreas): string | undefined {
  const first = t.line ?? t.rows[0]?.line;
  if (first === undefined) return undefined;
  for (let n = first - 1; n >= Math.max(1, first - CAPTION_REACH_LINES); n--) {
    const area = areaAt(n);
    if (area !== undefined) return area;
  }
  return undefined;
}

export function tableAreas(tables: Table[], lines: Line[] = []): Map<string, string> {
  const areaAt = captionAreas(lines);
  const out = new Map<string, string>();
  for (const t of tables) {
    const area = areaOf(t.title ?? '') ?? areaOf(totalLabel(t)) ?? captionArea(t, areaAt);
    if (area !== undefined) out.set(t.id, area);
  }
  return out;
}
