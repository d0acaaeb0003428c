/** What every IPC call returns: a value or a typed error. Nothing throws across the IPC boundary. */
export const IPC_ERROR_CODES = [
  'invalid-argument',
  'canceled',
  'not-permitted',
  'not-found',
  'too-large',
  'not-text',
  'io',
  'internal',
] as const;
export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number];

export interface IpcError {
  code: IpcErrorCode;
  /** English detail naming what failed and where (path, field, step); the renderer localizes by `code`. */
  message: string;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

export function fail(code: IpcErrorCode, message: string): IpcResult<never> {
  return { ok: false, error: { code, message } };
}
