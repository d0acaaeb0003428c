/** A bundled table that is missing, corrupted or does not match its schema. The message names the file. */
export class SnapshotError extends Error {
  readonly file: string;
  constructor(file: string, detail: string) {
    super(`price snapshot: ${file}: ${detail}`);
    this.name = 'SnapshotError';
    this.file = file;
  }
}
