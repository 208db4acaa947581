/**
 * The `fitness` CLI's exit codes (documented in the help text and in
 * docs/fitness/cli.md). 64 and 70 are sysexits.h's EX_USAGE and EX_SOFTWARE.
 */
export const EXIT_CODES = {
  /** Every contract kept, no function failed, the score is high enough. */
  ok: 0,
  /** A contract is broken, or a fitness function failed or could not run. */
  failed: 1,
  /** The score is under `--fail-under`. */
  underThreshold: 2,
  /** Bad arguments, a missing directory or an unreadable `--config`. */
  usage: 64,
  /** A bug: the engine itself failed. */
  internal: 70,
} as const;
