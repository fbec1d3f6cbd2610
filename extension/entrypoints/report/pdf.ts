// pdf.js for drawing pages in the report view (parsing happens in the core worker). pdf.js runs its own
// worker from the extension's files; no eval (the CSP forbids it), no fetches of its own.

import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.mjs?url';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';
import type { Box } from '../../../core/model.ts';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

export type { PDFDocumentProxy };

let displayWorker: InstanceType<typeof pdfjs.PDFWorker> | null = null;

/** Starts pdf.js's worker now, so it is ready when the bytes are. */
export function warmDisplay(): void {
  displayWorker ??= new pdfjs.PDFWorker();
}

export function openForDisplay(bytes: ArrayBuffer): Promise<PDFDocumentProxy> {
  warmDisplay();
  // pdf.js transfers what it is given to its worker: hand it a copy.
  return pdfjs.getDocument({ data: new Uint8Array(bytes.slice(0)), isEvalSupported: false, verbosity: 0, ...(displayWorker ? { worker: displayWorker } : {}) }).promise;
}

export interface PageViewport {
  width: number;
  height: number;
  convertToViewportRectangle(rect: number[]): number[];
}

/** A box in PDF points (origin bottom-left) as CSS pixels on the drawn page: left, top, width, height. */
export function boxToCss(viewport: PageViewport, box: Box): [number, number, number, number] {
  const [x1, y1, x2, y2] = viewport.convertToViewportRectangle(box) as [number, number, number, number];
  return [Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1)];
}
