// ICDAR 2013 Table Competition, EU set: run the PDF engine's table finder on every document, write one
// prediction JSON per PDF ({"tables":[{page,bbox,grid,spans}]}, bbox in PDF user space) and score it with
// the shared scorer. `node --import tsx test/bench/icdar.ts [outDir]` or through `npm run bench`.

import { readdirSync, readFileSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { openPdf, readPage } from '../../core/io/load-pdf.ts';
import { findPageTables } from '../../core/pdf/find-tables.ts';
import { boxToUser } from '../../core/pdf/to-draft.ts';
import type { Box } from '../../core/model.ts';
import type { PdfPageGeometry } from '../../core/pdf/types.ts';

const ICDAR = process.env.ICDAR_DIR ?? '/work/shared/bench/icdar2013';

export interface IcdarFigures {
  structureF1: number;
  detectionAreaF1: number;
  line: string;
}

/**
 * The competition's ground truth gives boxes on /Rotate 90/270 pages in the displayed frame, x as shown
 * and y measured up from the unrotated page height (the scorer's errata notes show the offset). Our
 * boxes are in PDF user space; this maps them into the ground truth's convention for scoring only.
 */
function icdarBox(user: Box, g: PdfPageGeometry): Box {
  if (g.rotation % 180 === 0) return user;
  const long = Math.max(g.width, g.height);
  const short = Math.min(g.width, g.height);
  const [x1, y1, x2, y2] = user;
  // /Rotate 90: shown x = user y, shown y (down) = user x; /Rotate 270 mirrors both.
  return g.rotation === 90 ? [y1, long - x2, y2, long - x1] : [long - y2, long - short + x1, long - y1, long - short + x2];
}

export async function predictIcdar(outDir: string, subset = 'eu'): Promise<void> {
  const data = join(ICDAR, 'data');
  mkdirSync(outDir, { recursive: true });
  for (const f of readdirSync(data).filter((n) => n.startsWith(`${subset}-`) && n.endsWith('.pdf'))) {
    const doc = await openPdf(new Uint8Array(readFileSync(join(data, f)))).promise;
    const tables: unknown[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const { geometry, tables: found } = findPageTables(await readPage(doc, p));
      for (const t of found) tables.push({ page: p, bbox: icdarBox(boxToUser(t.bbox, geometry.toUser), geometry), grid: t.grid, spans: t.spans });
    }
    await doc.destroy();
    writeFileSync(join(outDir, f.replace(/\.pdf$/, '.json')), JSON.stringify({ tables }));
  }
}

export function scoreIcdar(predDir: string, subset = 'eu'): IcdarFigures {
  const out = execFileSync('node', [join(ICDAR, 'score.mjs'), '--gt', join(ICDAR, 'data'), '--pred', predDir, '--subset', subset], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const final = out.split('\n').find((l) => l.startsWith('FINAL')) ?? '';
  const structure = /structure\(per-doc avg\) P=[\d.]+ R=[\d.]+ F1=([\d.]+)/.exec(final);
  const area = /detection\(area\) P=[\d.]+ R=[\d.]+ F1=([\d.]+)/.exec(final);
  return { structureF1: Number(structure?.[1] ?? NaN), detectionAreaF1: Number(area?.[1] ?? NaN), line: out };
}

export async function runIcdar(outDir = join(tmpdir(), 'tallsjekk-icdar')): Promise<IcdarFigures | null> {
  if (!existsSync(join(ICDAR, 'score.mjs'))) return null;
  await predictIcdar(outDir);
  return scoreIcdar(outDir);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await runIcdar(process.argv[2]);
  if (!figures) console.log(`ICDAR 2013 data not found under ${ICDAR}`);
  else {
    console.log(figures.line);
    console.log(`ICDAR 2013 EU: structure F1 ${figures.structureF1.toFixed(4)}, detection F1 (area) ${figures.detectionAreaF1.toFixed(4)}`);
  }
}
