// The parse worker for Node tests: the same CoreApi as core/worker/worker.ts, exposed over a
// worker_threads port through comlink's node adapter (comlink tests/node/).

import { parentPort } from 'node:worker_threads';
import { expose } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { createCoreApi } from '../../../core/worker/core-api.ts';

if (!parentPort) throw new Error('node-worker.ts must run in a worker thread');
expose(createCoreApi(), nodeEndpoint(parentPort));
