import { describe, expect, it } from 'vitest';
import { buildTableModel } from '../../../widget/table-model.ts';
import { demoSnapshot } from './fixtures.ts';

describe('buildTableModel', () => {
  const table = demoSnapshot('sondre-nordstrand-2023-netto').table;
  const model = buildTableModel(table, 'nb', 'Avvik (beregnet)');

  it('highlights the printed Avvik cell of every row with a variance, with its direction', () => {
    const col = table.columns.findIndex((c) => c.role === 'variance');
    expect(model.highlightColumn).toBe(col);
    expect(model.computed).toBe(false);
    for (const v of table.variances) expect(model.rows[v.row]!.cells[col]!.direction).toBe(v.direction);
    const highlighted = model.rows.flatMap((r) => r.cells.filter((c) => c.direction)).length;
    expect(highlighted).toBe(table.variances.length);
  });

  it('signs variance cells and formats the rest as printed', () => {
    const col = model.highlightColumn;
    for (const v of table.variances) {
      const printed = table.rows[v.row]!.values[col]!;
      expect(model.rows[v.row]!.cells[col]!.text.startsWith(printed > 0 ? '+' : printed < 0 ? '\u2212' : '0')).toBe(true);
    }
    expect(model.headers).toEqual(table.columns.map((c) => c.label));
  });

  it('adds a computed column when the table prints no Avvik', () => {
    const t = structuredClone(table);
    const col = t.columns.findIndex((c) => c.role === 'variance');
    t.columns.splice(col, 1);
    for (const r of t.rows) r.values.splice(col, 1);
    const m = buildTableModel(t, 'en', 'Variance (computed)');
    expect(m.computed).toBe(true);
    expect(m.headers.at(-1)).toBe('Variance (computed)');
    const v = t.variances[0]!;
    expect(m.rows[v.row]!.cells.at(-1)).toEqual({ text: expect.stringMatching(/\d/), direction: v.direction });
  });

  it('leaves empty cells empty', () => {
    const t = structuredClone(table);
    t.rows[0]!.values[0] = null;
    expect(buildTableModel(t, 'nb', '').rows[0]!.cells[0]!.text).toBe('');
  });
});

describe('buildTableModel key columns (what a narrow widget keeps)', () => {
  it('keeps the revised budget, the latest actual and the printed variance', () => {
    const table = demoSnapshot('sondre-nordstrand-2023-netto').table;
    const model = buildTableModel(table, 'nb', '');
    const kept = table.columns.filter((_, i) => model.key[i]).map((c) => c.role);
    expect(kept).toEqual(['budget-revised', 'actual', 'variance']);
    const actual = table.columns.findIndex((c, i) => model.key[i] && c.role === 'actual');
    expect(table.columns[actual]!.year).toBe(Math.max(...table.columns.filter((c) => c.role === 'actual').map((c) => c.year ?? 0)));
  });

  it('keeps every column of a table without variances', () => {
    const table = structuredClone(demoSnapshot('sondre-nordstrand-2023-netto').table);
    table.variances = [];
    expect(buildTableModel(table, 'nb', '').key.every(Boolean)).toBe(true);
  });
});
