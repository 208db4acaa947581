/** Bad arguments: the CLI prints the message and the usage, and exits 64. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
