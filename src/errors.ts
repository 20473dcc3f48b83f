/** Why an input cannot be extracted, as a word a program can test (the error records' `code`). */
export type ExtractErrorCode = 'empty' | 'binary' | 'bad-gzip' | 'too-large';

/** An input that cannot be extracted: empty, binary, undecodable or too large. The message names no path. */
export class ExtractError extends Error {
  constructor(
    readonly code: ExtractErrorCode,
    message: string,
  ) {
    super(message);
  }
}
