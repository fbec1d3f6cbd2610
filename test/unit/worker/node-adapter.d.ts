// comlink ships node-adapter.d.ts next to node-adapter.mjs, which TypeScript does not pair with the
// .mjs specifier; this declares the module for the two endpoints the tests pass it.
declare module 'comlink/dist/esm/node-adapter.mjs' {
  import type { Endpoint } from 'comlink';
  import type { MessagePort, Worker } from 'node:worker_threads';
  export default function nodeEndpoint(nep: MessagePort | Worker): Endpoint;
}
