// comlink ships node-adapter.d.ts next to node-adapter.mjs, which TypeScript does not pair with the
// .mjs specifier; this declares the module with comlink's own types.
declare module 'comlink/dist/esm/node-adapter.mjs' {
  import type { Endpoint } from 'comlink';
  export interface NodeEndpoint {
    postMessage(message: unknown, transfer?: readonly never[]): void;
    on(type: string, listener: (value: never) => void): unknown;
    off(type: string, listener: (value: never) => void): unknown;
  }
  export default function nodeEndpoint(nep: NodeEndpoint): Endpoint;
}
