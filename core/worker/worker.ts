// The parse worker (a module Web Worker). pdf.js's own worker code is imported first so pdf.js parses
// in this thread (it finds globalThis.pdfjsWorker and needs no second worker or workerSrc); then the
// CoreApi is exposed through comlink. Start it from extension pages with
// `import CoreWorker from '…/core/worker/worker.ts?worker'` (WXT rewrites import.meta.url).

import 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { expose } from 'comlink';
import { createCoreApi } from './core-api.ts';

expose(createCoreApi());
