/**
 * Bad usage or unreadable input: the command line prints the message and exits with 2.
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
