import { describe, expect, it } from 'vitest';
import { splitChunk } from '../../../core/pdf/cell-text.ts';
import { captionAbove } from '../../../core/pdf/caption.ts';
import { itemsToLines } from '../../../core/pdf/items-to-lines.ts';
import type { Chunk, PageTable, PdfTextItem } from '../../../core/pdf/types.ts';

const item = (text: string, x: number, y: number, size = 10, bold = false): PdfTextItem => ({ text, x, y, size, width: text.length * size * 0.5, bold });

describe('splitChunk', () => {
  const chunk: Chunk = {
    text: '01.01.2023 01.01.2024', x1: 100, x2: 210, y1: 98, y2: 108, size: 10, bold: true,
    parts: [{ text: '01.01.2023', x1: 100, x2: 150 }, { text: '01.01.2024', x1: 158, x2: 210 }],
  };
  it('splits at a column edge between the items it was built from', () => {
    expect(splitChunk(chunk, [154]).map((c) => [c.text, c.x1, c.x2])).toEqual([['01.01.2023', 100, 150], ['01.01.2024', 158, 210]]);
  });
  it('never cuts inside one item', () => {
    const one: Chunk = { ...chunk, text: 'THRESHOLD FOR RELEASES', parts: [{ text: 'THRESHOLD FOR RELEASES', x1: 100, x2: 210 }] };
    expect(splitChunk(one, [154])).toEqual([one]);
  });
});

describe('captionAbove', () => {
  const table = (top: number): PageTable => ({
    page: 1, bbox: [50, 500, 500, top], grid: [], boxes: [], bold: [], headerRows: 1, spans: [], columns: [], kind: 'stream',
  });
  it('takes the heading as title and the unit line as unit, skipping the running head', () => {
    const lines = itemsToLines([
      item('Bydel Testby – Årsberetning 2024', 300, 820),
      item('Tabell 3 Netto driftsutgifter', 50, 640, 10, true),
      item('Tall i 1000 kr', 50, 626),
    ]);
    expect(captionAbove(table(615), lines, [], 842)).toEqual({ title: 'Tabell 3 Netto driftsutgifter', unit: 'Tall i 1000 kr' });
  });
  it('does not take a prose paragraph for a caption', () => {
    const lines = itemsToLines([item('Netto driftsutgifter økte med 3 prosent fra året før, og bydelen fikk et merforbruk.', 50, 626)]);
    expect(captionAbove(table(615), lines, [], 842)).toEqual({});
  });
  it('never reads the running head as a caption, even right above a continued table', () => {
    const lines = itemsToLines([item('Bydel Testby – Årsberetning 2024', 300, 800)]);
    expect(captionAbove(table(790), lines, [], 842)).toEqual({});
  });
});
