import { InputError } from '@backstage/errors';
import { DEFAULT_PAGE_LIMIT } from '@internal/portal-common';
import { z } from 'zod';

/** An entity name as the catalog allows it. */
export const entityName = z
  .string()
  .regex(/^[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$/)
  .max(63);

/** An entity namespace as the catalog allows it. */
export const entityNamespace = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(63);

/** `/:kind/:namespace/:name` route parameters. */
export const entityParams = z.object({
  kind: z.string().regex(/^[A-Za-z][A-Za-z0-9-]{0,62}$/),
  namespace: entityNamespace,
  name: entityName,
});

/** A full entity ref in a query or body: `group:default/platform`. */
export const entityRefString = z
  .string()
  .regex(/^[a-z]+:[a-z0-9-]+\/[A-Za-z0-9._-]+$/, 'use kind:namespace/name');

/**
 * The paging fields of a list endpoint's query, for `z.object({...filters,
 * ...pageQuery(100)})`: `offset` from 0, `limit` from 1 to `maxLimit`.
 */
export function pageQuery(maxLimit: number) {
  return {
    offset: z.coerce.number().int().min(0).default(0),
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(maxLimit)
      .default(DEFAULT_PAGE_LIMIT),
  };
}

/**
 * Parses route input, or throws an InputError (a 400) that names each field
 * that is wrong: `Invalid query: limit: Too big: expected number to be <=100`.
 */
export function parseInput<T>(
  schema: z.ZodType<T>,
  value: unknown,
  what: string,
): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new InputError(
      `Invalid ${what}: ${result.error.issues
        .map(i => `${i.path.join('.') || what}: ${i.message}`)
        .join('; ')}`,
    );
  }
  return result.data;
}
