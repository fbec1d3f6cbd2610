// A tiny PDF writer for tests and benchmarks: positioned Helvetica text, stroked lines and gray filled
// rectangles, optional /Rotate. Real PDFs that pdf.js parses, built in memory, so the tests need no
// LibreOffice and every geometric case (right-aligned numbers, wrapped labels, rules, page breaks) can
// be made on purpose.

export interface PdfText {
  x: number;
  y: number;
  text: string;
  size?: number;
  bold?: boolean;
  /** 'right': x is the right edge. */
  align?: 'left' | 'right';
  /** Baseline direction in degrees (90 = text running up). */
  angle?: number;
}
export interface PdfPageSpec {
  width?: number;
  height?: number;
  rotate?: number;
  texts: PdfText[];
  lines?: { x1: number; y1: number; x2: number; y2: number; width?: number }[];
  rects?: { x: number; y: number; w: number; h: number; gray: number }[];
}

// Helvetica advance widths (1/1000 em) for the characters tests print; others get the average.
const WIDTHS: Record<string, number> = {
  ' ': 278, '0': 556, '1': 556, '2': 556, '3': 556, '4': 556, '5': 556, '6': 556, '7': 556, '8': 556, '9': 556,
  ',': 278, '.': 278, '-': 333, '–': 556, '%': 889, '\u00a0': 278,
};

export function textWidth(s: string, size: number, bold = false): number {
  let w = 0;
  for (const ch of s) w += WIDTHS[ch] ?? (bold ? 590 : 540);
  return (w / 1000) * size;
}

function escape(s: string): string {
  return s.replace(/[\\()]/g, (c) => `\\${c}`).replace(/\u2013/g, '\\226');
}

function pageContent(p: PdfPageSpec): string {
  const out: string[] = [];
  for (const r of p.rects ?? []) out.push(`${r.gray} g ${r.x} ${r.y} ${r.w} ${r.h} re f 0 g`);
  for (const l of p.lines ?? []) out.push(`${l.width ?? 0.5} w ${l.x1} ${l.y1} m ${l.x2} ${l.y2} l S`);
  for (const t of p.texts) {
    const size = t.size ?? 9;
    const a = ((t.angle ?? 0) * Math.PI) / 180;
    const [c, s] = [Math.cos(a), Math.sin(a)].map((v) => Math.round(v * 1e6) / 1e6) as [number, number];
    // Right-aligned text ends at (x, y): step back along the baseline direction.
    const w = t.align === 'right' ? textWidth(t.text, size, t.bold) : 0;
    const x = t.x - w * c;
    const y = t.y - w * s;
    out.push(`BT /${t.bold ? 'F2' : 'F1'} ${size} Tf ${c} ${s} ${-s} ${c} ${x.toFixed(2)} ${y.toFixed(2)} Tm (${escape(t.text)}) Tj ET`);
  }
  return out.join('\n');
}

/** Builds a PDF; text is written in WinAnsi (Latin-1), so æøå and NBSP print as themselves. */
export function makePdf(pages: PdfPageSpec[]): Uint8Array {
  const objects: string[] = [];
  const fontObj = (base: string) => `<< /Type /Font /Subtype /Type1 /BaseFont /${base} /Encoding /WinAnsiEncoding >>`;
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[3] = fontObj('Helvetica');
  objects[4] = fontObj('Helvetica-Bold');
  const kids: string[] = [];
  pages.forEach((p, i) => {
    const pageId = 5 + i * 2;
    const contentId = pageId + 1;
    const body = pageContent(p);
    objects[contentId] = `<< /Length ${Buffer.byteLength(body, 'latin1')} >>\nstream\n${body}\nendstream`;
    objects[pageId] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${p.width ?? 595} ${p.height ?? 842}]${p.rotate ? ` /Rotate ${p.rotate}` : ''} /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${contentId} 0 R >>`;
    kids.push(`${pageId} 0 R`);
  });
  objects[2] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages.length} >>`;
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(pdf, 'latin1');
    pdf += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) pdf += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, 'latin1'));
}

export interface TableSpec {
  title?: string;
  header: string[][];
  rows: { cells: string[]; bold?: boolean }[];
  /** Left edge of the label column and right edges of the value columns. */
  left: number;
  rights: number[];
  top: number;
  pitch?: number;
  size?: number;
  rules?: 'grid' | 'horizontal' | 'none';
}

/** Lays out a report table: labels left-aligned, values right-aligned, header lines above. */
export function layoutTable(t: TableSpec): { texts: PdfText[]; lines: NonNullable<PdfPageSpec['lines']>; bottom: number } {
  const size = t.size ?? 9;
  const pitch = t.pitch ?? size * 1.4;
  const texts: PdfText[] = [];
  const lines: NonNullable<PdfPageSpec['lines']> = [];
  let y = t.top;
  if (t.title) {
    texts.push({ x: t.left, y, text: t.title, size: size + 2, bold: true });
    y -= pitch * 2;
  }
  const right = t.rights[t.rights.length - 1]! + 4;
  const ruleAt = (yy: number) => lines.push({ x1: t.left - 4, y1: yy, x2: right, y2: yy });
  const tableTop = y + size + 2;
  if (t.rules && t.rules !== 'none') ruleAt(tableTop);
  for (const hl of t.header) {
    hl.forEach((cell, c) => {
      if (!cell) return;
      if (c === 0) texts.push({ x: t.left, y, text: cell, size, bold: true });
      else texts.push({ x: t.rights[c - 1]!, y, text: cell, size, bold: true, align: 'right' });
    });
    y -= size * 1.15;
  }
  y -= pitch - size * 1.15;
  for (const row of t.rows) {
    if (t.rules && t.rules !== 'none') ruleAt(y + size + (pitch - size) / 2 - 1);
    row.cells.forEach((cell, c) => {
      if (!cell) return;
      if (c === 0) texts.push({ x: t.left, y, text: cell, size, bold: row.bold });
      else texts.push({ x: t.rights[c - 1]!, y, text: cell, size, bold: row.bold, align: 'right' });
    });
    y -= pitch;
  }
  const bottom = y + pitch - (pitch - size) / 2 - 2;
  if (t.rules && t.rules !== 'none') ruleAt(bottom);
  if (t.rules === 'grid') {
    const xs = [t.left - 4, t.rights[0]! - 70, ...t.rights.slice(0, -1).map((r) => r + 5), right];
    for (const x of xs) lines.push({ x1: x, y1: bottom, x2: x, y2: tableTop });
  }
  return { texts, lines, bottom };
}
