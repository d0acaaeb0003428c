/**
 * A bundled table that is missing, corrupted or does not match its schema. The message names the file; `ko`,
 * where there is one, says the same in Korean for the Korean UI (the English stays the detail to report).
 */
export class SnapshotError extends Error {
  readonly file: string;
  readonly ko: string | undefined;
  constructor(file: string, detail: string, ko?: string) {
    super(`price snapshot: ${file}: ${detail}`);
    this.name = 'SnapshotError';
    this.file = file;
    this.ko = ko === undefined ? undefined : `가격 스냅샷: ${file}: ${ko}`;
  }
}
