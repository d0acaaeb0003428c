/** A raw source file that does not look the way the generator expects. The message names file and place. */
export class RawSourceError extends Error {
  constructor(file: string, where: string, detail: string) {
    super(`${file}: ${where}: ${detail}`);
    this.name = 'RawSourceError';
  }
}
