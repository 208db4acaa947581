import { ResponseError } from '@backstage/errors';

/** The server's own message for a failed request, else the error's. */
export function errorMessage(error: unknown): string {
  return (
    (error as ResponseError).body?.error?.message ?? (error as Error).message
  );
}

/** A timestamp in the reader's locale, minutes precision. */
export function formatDateTime(iso: string | undefined): string {
  if (!iso) return '–';
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString(undefined, {
        dateStyle: 'medium',
        timeStyle: 'short',
      });
}
