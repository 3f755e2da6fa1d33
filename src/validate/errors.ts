/** Bad input to the validator (missing or unreadable file, unknown column, version, option): a usage error. */
export class ValidationInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ValidationInputError';
  }
}
