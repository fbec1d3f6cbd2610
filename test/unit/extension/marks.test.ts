import { describe, it, expect } from 'vitest';
import { extractionToMarks, markColumn, sortMarks, claimDirection } from '../../../extension/utils/marks.ts';
import type { Extraction, Table } from '../../../core/model.ts';
import { chapterExtraction } from './fixture.ts';

describe('extractionToMarks', () => {
  const x = chapterExtraction();
  const marks = extractionToMarks(x);

  it('makes one mark per significant variance, on the printed Avvik column, with its direction', () => {
    const v = marks.filter((m) => m.kind === 'variance');
    const significant = x.tables.flatMap((t) => t.variances.filter((s) => s.significant));
    expect(v).toHaveLength(significant.length);
    expect(v.length).toBeGreaterThan(0);
    for (const m of v) {
      const table = x.tables.find((t) => t.id === m.tableId)!;
      expect(table.columns[m.column!]!.role).toBe('variance');
      expect(m.direction).toBe(table.variances.find((s) => s.row === m.row)!.direction);
      expect(m.line).toBe(table.rows[m.row!]!.line);
    }
    expect(v.map((m) => m.label)).toContain('FO2 Barnevern');
  });

  it('makes one mark per claim; an overspend claim points overspend and keeps its verdict', () => {
    const c = marks.filter((m) => m.kind === 'claim');
    expect(c).toHaveLength(x.claims.length);
    const over = c.find((m) => m.claim!.text.includes('72,3'))!;
    expect(over.direction).toBe('overspend');
    expect(over.check).toBe(over.claim!.verdict === 'inconsistent' ? 'failed' : 'ok');
    expect(c.find((m) => m.claim!.text.includes('18,6'))!.direction).toBe('underspend');
  });

  it('marks a row whose printed Avvik does not add up as a failed check', () => {
    const broken: Extraction = structuredClone(x);
    const t = broken.tables[0]!;
    const r = t.variances.find((v) => !v.significant)!.row;
    t.checks.push({ kind: 'variance', row: r, column: 3, printed: 1, computed: 2, delta: -1, ok: false });
    const m = extractionToMarks(broken).filter((k) => k.row === r && k.tableId === t.id);
    expect(m).toHaveLength(1);
    expect(m[0]!.kind).toBe('check');
    expect(m[0]!.check).toBe('failed');
  });

  it('keeps PDF boxes and sorts in reading order (page, then top to bottom)', () => {
    const a = { id: 'a', kind: 'claim', direction: 'overspend', check: 'ok', page: 2, box: [0, 700, 10, 710], label: '', checks: [] } as const;
    const b = { ...a, id: 'b', page: 1, box: [0, 100, 10, 110] } as const;
    const c = { ...a, id: 'c', page: 1, box: [0, 500, 10, 510] } as const;
    expect(sortMarks([a, b, c].map((m) => ({ ...m, box: [...m.box] as [number, number, number, number], checks: [] }))).map((m) => m.id)).toEqual(['c', 'b', 'a']);
  });
});

describe('markColumn', () => {
  it('prefers Avvik, then Regnskap', () => {
    const t = { columns: [{ label: 'R', role: 'actual' }, { label: 'B', role: 'budget-revised' }] } as Table;
    expect(markColumn(t)).toBe(0);
    t.columns.push({ label: 'A', role: 'variance' });
    expect(markColumn(t)).toBe(2);
  });
});

describe('claimDirection', () => {
  it('reads a result claim from the sign of the matched cell', () => {
    const x = chapterExtraction();
    const t = x.tables[0]!;
    const claim = { text: 'avvik på 28,2 mill.', kind: 'variance' as const, amountNok: 28_200_000, verdict: 'consistent' as const, match: { table: t.id, row: 1, column: 3 } };
    expect(claimDirection(claim, x)).toBe('overspend');
  });
});
