/**
 * Polls until the probe returns a value, every 200 ms, for up to
 * `timeoutMs`; then fails with what it was waiting for.
 */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise(r => setTimeout(r, 200));
  }
}

/** Polls until `probe` resolves true (see {@link waitFor}). */
export async function eventually(
  what: string,
  probe: () => Promise<boolean>,
  timeoutMs?: number,
): Promise<void> {
  await waitFor(what, async () => (await probe()) || undefined, timeoutMs);
}
