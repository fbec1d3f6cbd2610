import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findPageTables } from '../../../core/pdf/find-tables.ts';
import { itemsToLines } from '../../../core/pdf/items-to-lines.ts';
import { segmentsToRules } from '../../../core/pdf/rulings.ts';
import { orientPage } from '../../../core/pdf/orient.ts';
import type { PdfPageGeometry, PdfTextItem } from '../../../core/pdf/types.ts';

const fixture = (name: string): PdfPageGeometry =>
  JSON.parse(readFileSync(new URL(`../../fixtures/pdf-items/${name}.json`, import.meta.url), 'utf8')) as PdfPageGeometry;

const item = (text: string, x: number, y: number, size = 10, extra: Partial<PdfTextItem> = {}): PdfTextItem => ({
  text,
  x,
  y,
  size,
  width: text.length * size * 0.5,
  ...extra,
});

describe('itemsToLines', () => {
  it('puts items on one baseline into one line, top line first', () => {
    const lines = itemsToLines([item('under', 10, 100), item('top', 10, 120), item('right', 200, 100.5)]);
    expect(lines.map((l) => l.chunks.map((c) => c.text))).toEqual([['top'], ['under', 'right']]);
  });
  it('keeps a superscript on its line and does not move the baseline', () => {
    const lines = itemsToLines([item('Note', 10, 100), item('1', 30, 103, 6)]);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.y).toBe(100);
    expect(lines[0]!.chunks[0]!.text).toBe('Note1');
  });
  it('joins words across a word space and splits chunks at a column gap', () => {
    const lines = itemsToLines([item('Regulert', 10, 100), item('budsjett', 55, 100), item('1 234', 200, 100)]);
    expect(lines[0]!.chunks.map((c) => c.text)).toEqual(['Regulert budsjett', '1 234']);
  });
  it('drops a duplicate drawn on top of itself (fake bold)', () => {
    const lines = itemsToLines([item('Sum', 10, 100), item('Sum', 10.4, 100)]);
    expect(lines[0]!.chunks.map((c) => c.text)).toEqual(['Sum']);
  });
  it('splits an item at a run of spaces typed as a column gap', () => {
    const lines = itemsToLines([item('Bydel Frogner      12 345', 10, 100)]);
    expect(lines[0]!.chunks.map((c) => c.text)).toEqual(['Bydel Frogner', '12 345']);
  });
});

describe('segmentsToRules', () => {
  it('joins collinear pieces and snaps near coordinates', () => {
    const { h, v } = segmentsToRules([
      { x1: 10, y1: 100, x2: 50, y2: 100 },
      { x1: 51, y1: 100.8, x2: 90, y2: 100.8 },
      { x1: 10, y1: 10, x2: 10, y2: 100 },
      { x1: 10, y1: 5, x2: 12, y2: 5 },
    ]);
    expect(h).toHaveLength(1);
    expect(h[0]!.x1).toBe(10);
    expect(h[0]!.x2).toBe(90);
    expect(v).toEqual([{ x: 10, y1: 10, y2: 100 }]);
  });
});

describe('orientPage', () => {
  it('turns a page whose text runs upwards so the text reads left to right', () => {
    const g: PdfPageGeometry = {
      page: 1, width: 595, height: 842, rotation: 0, segments: [], art: [], toUser: [1, 0, 0, 1, 0, 0],
      items: [item('Regnskap', 100, 200, 10, { angle: Math.PI / 2 }), item('1 234', 100, 400, 10, { angle: Math.PI / 2 })],
    };
    const o = orientPage(g);
    expect(o.width).toBe(842);
    expect(o.items.every((i) => i.angle === undefined)).toBe(true);
    expect(itemsToLines(o.items)[0]!.chunks.map((c) => c.text)).toEqual(['Regnskap', '1 234']);
    // the map back to user space returns the original baseline start
    const m = o.toUser;
    const i0 = o.items[0]!;
    expect([m[0] * i0.x + m[2] * i0.y + m[4], m[1] * i0.x + m[3] * i0.y + m[5]]).toEqual([100, 200]);
  });
});

describe('findPageTables on captured pages', () => {
  it('reads an unruled Oslo table: wrapped header merged per column, right-aligned numbers', () => {
    const { tables } = findPageTables(fixture('oslo-no-rules'));
    expect(tables).toHaveLength(1);
    const t = tables[0]!;
    expect(t.kind).toBe('stream');
    expect(t.headerRows).toBe(1);
    expect(t.grid[0]).toEqual(['Netto driftsutgifter', 'Regnskap 2024', 'Regulert budsjett 2024', 'Avvik']);
    expect(t.grid[1]).toEqual(['Tjeneste A0', '17 919', '16 685', '-1 234']);
    expect(t.grid.at(-1)).toEqual(['Sum netto driftsutgifter', '328 449', '327 215', '-1 234']);
    expect(t.bold.at(-1)).toBe(true);
    expect(t.title).toBe('Tabell 1 Netto driftsutgifter (tall i 1000 kr)');
  });
  it('reads the same table between horizontal rules without merging rows', () => {
    const t = findPageTables(fixture('oslo-horizontal-rules')).tables[0]!;
    expect(t.grid).toHaveLength(8);
    expect(t.grid[4]).toEqual(['Tjeneste D3', '62 106', '64 574', '2 468']);
  });
  it('reads a ruled table: cells from crossing rules, multi-line header cells joined', () => {
    const { tables } = findPageTables(fixture('ruled-icdar-eu003-p1'));
    expect(tables).toHaveLength(1);
    const t = tables[0]!;
    expect(t.kind).toBe('lattice');
    expect(t.grid[0]!.slice(1, 3)).toEqual(['Number of financial companies', 'Pct of all companies analysed']);
    expect(t.grid[1]).toEqual(['0 reclassifications', '52', '52%', '14', '64%']);
    expect(t.grid.at(-1)).toEqual(['Total', '100', '', '22', '']);
  });
  it('keeps a header cell that spans columns as one merged cell', () => {
    const t = findPageTables(fixture('ruled-spans-icdar-eu001-p1')).tables[0]!;
    const [r, c, rs, cs] = t.spans.find(([row]) => row === 0)!;
    expect(t.grid[r]![c]).toBe('THRESHOLD FOR RELEASES');
    expect(rs).toBe(1);
    expect(cs).toBeGreaterThanOrEqual(3);
    expect(t.grid.find((row) => row[0] === 'Carbon dioxide (CO2)')).toContain('100 million');
  });
  it('finds column gaps in an unruled statistics table', () => {
    const { tables } = findPageTables(fixture('unruled-icdar-eu027-p3'));
    expect(tables).toHaveLength(1);
    const t = tables[0]!;
    expect(t.grid[0]).toEqual(['Variable', 'Mean', 'Std. Dev.', 'Min', 'Max']);
    expect(t.grid).toHaveLength(28);
    expect(t.grid.at(-1)).toEqual(['Gross financial wealth - end of 2007 (Euro)', '38,855', '114,128', '0', '2,870,000']);
  });
  it('joins interleaved lines (a two-line label beside one value) into one row', () => {
    const g: PdfPageGeometry = {
      page: 1, width: 595, height: 842, rotation: 0, segments: [], art: [], toUser: [1, 0, 0, 1, 0, 0],
      items: [
        item('Område', 50, 700), item('Regnskap', 300, 700), item('Budsjett', 400, 700),
        item('Barnehager', 50, 686), item('1 200', 320, 686), item('1 300', 420, 686),
        item('Skoler og', 50, 672), item('2 100', 320, 667), item('2 000', 420, 667), item('skolefritid', 50, 662),
        item('Sum', 50, 646), item('3 300', 320, 646), item('3 300', 420, 646),
      ],
    };
    const t = findPageTables(g).tables[0]!;
    expect(t.grid.map((r) => r[0])).toEqual(['Område', 'Barnehager', 'Skoler og skolefritid', 'Sum']);
    expect(t.grid[2]).toEqual(['Skoler og skolefritid', '2 100', '2 000']);
  });
  it('joins a wrapped label that continues in lower case', () => {
    const g: PdfPageGeometry = {
      page: 1, width: 595, height: 842, rotation: 0, segments: [], art: [], toUser: [1, 0, 0, 1, 0, 0],
      items: [
        item('Tjeneste', 50, 700), item('Regnskap', 300, 700), item('Avvik', 400, 700),
        item('Helsestasjon', 50, 686), item('1 200', 320, 686), item('-100', 415, 686),
        item('Sosiale tjenester', 50, 672), item('900', 325, 672), item('50', 420, 672),
        item('og økonomisk sosialhjelp', 50, 658),
        item('Sum', 50, 644), item('2 100', 320, 644), item('-50', 420, 644),
      ],
    };
    const t = findPageTables(g).tables[0]!;
    expect(t.grid.map((r) => r[0])).toEqual(['Tjeneste', 'Helsestasjon', 'Sosiale tjenester og økonomisk sosialhjelp', 'Sum']);
  });
  it('joins a label line that closes a bracket left open above', () => {
    const g: PdfPageGeometry = {
      page: 1, width: 595, height: 842, rotation: 0, segments: [], art: [], toUser: [1, 0, 0, 1, 0, 0],
      items: [
        item('Nøkkeltall', 50, 700), item('2022', 300, 700), item('2023', 400, 700),
        item('Antall mottakere', 50, 686), item('1 200', 300, 686), item('1 300', 400, 686),
        item('Utbetalt sosialhjelp (funksjon 281 i', 50, 672), item('900', 305, 672), item('950', 405, 672),
        item('1 000 kr.)', 50, 658),
        item('Sum', 50, 644), item('2 100', 300, 644), item('2 250', 400, 644),
      ],
    };
    const t = findPageTables(g).tables[0]!;
    expect(t.grid.map((r) => r[0])).toEqual(['Nøkkeltall', 'Antall mottakere', 'Utbetalt sosialhjelp (funksjon 281 i 1 000 kr.)', 'Sum']);
  });
  it('survives absurd coordinates without allocating without limit', () => {
    const g: PdfPageGeometry = {
      page: 1, width: 595, height: 842, rotation: 0, segments: [{ x1: 0, y1: 5, x2: 1e12, y2: 5 }], art: [], toUser: [1, 0, 0, 1, 0, 0],
      items: [0, 1, 2, 3].flatMap((r) => [item('Rad', 50, 700 - r * 14), item('1 200', 1e11, 700 - r * 14), item('7', 300, 700 - r * 14)]),
    };
    expect(() => findPageTables(g)).not.toThrow();
  });
  it('finds no table in prose', () => {
    const g: PdfPageGeometry = {
      page: 1, width: 595, height: 842, rotation: 0, segments: [], art: [], toUser: [1, 0, 0, 1, 0, 0],
      items: Array.from({ length: 10 }, (_, i) => item('Bydelen hadde et merforbruk på 12,3 mill. kroner i 2024 som skyldes', 50, 700 - i * 14)),
    };
    expect(findPageTables(g).tables).toEqual([]);
  });
});
