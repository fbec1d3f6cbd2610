// Thrown only when nothing useful can follow. Everything else is a warning in the Extraction.

export type CoreErrorCode =
  | 'empty-input'
  | 'binary-input'
  | 'unsupported-type'
  | 'pdf-encrypted'
  | 'pdf-broken'
  | 'too-large'
  | 'cancelled'
  | 'not-found';

export class CoreError extends Error {
  readonly code: CoreErrorCode;
  constructor(code: CoreErrorCode, message: string) {
    super(message);
    this.name = 'CoreError';
    this.code = code;
  }
}

export function isCoreError(e: unknown): e is { code: CoreErrorCode; message: string } {
  return typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'CoreError';
}
