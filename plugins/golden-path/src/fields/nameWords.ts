/**
 * What the form says under a name field: the first problem in words. The
 * templates hide rjsf's own errors for these fields (`ui:hideError`), since
 * they read like "must match pattern ^[a-z]…"; the words come from the
 * golden paths' rules, or from a validator's message.
 */
export function nameWords(
  value: string | undefined,
  rawErrors: string[] | undefined,
  problem: (value: string) => string | undefined,
): string | undefined {
  const local = value ? problem(value) : undefined;
  if (local) return local;
  const errors = rawErrors ?? [];
  const ours = errors.find(error => !/^must /.test(error));
  if (ours) return ours;
  return errors.length
    ? problem(value ?? '') ?? 'Check this value.'
    : undefined;
}
