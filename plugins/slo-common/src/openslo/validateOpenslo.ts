import { z } from 'zod';
import { metadataSchema, OPENSLO_SPEC_SCHEMAS, OpensloKind } from './schema';

export const OPENSLO_KINDS = Object.keys(OPENSLO_SPEC_SCHEMAS) as OpensloKind[];

/** One reason a document is not valid OpenSLO v1, at a field path. */
export interface OpensloProblem {
  path: string;
  message: string;
}

type Path = readonly PropertyKey[];

function formatPath(path: Path): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text ? `${text}.${String(key)}` : String(key);
  }, '');
}

const errorMessages: z.core.$ZodErrorMap = issue => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'is required'
        : `must be ${
            issue.expected === 'array' ? 'a list' : `a ${issue.expected}`
          }`;
    case 'invalid_value':
      return `must be ${issue.values.map(v => String(v)).join(' or ')}`;
    default:
      return undefined;
  }
};

function problemsOf(
  issues: readonly z.core.$ZodIssue[],
  base: Path,
  input: unknown,
): OpensloProblem[] {
  return issues.flatMap(issue => {
    const path = [...base, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map(key => ({
        path: formatPath([...path, key]),
        message: 'is not a field of this OpenSLO v1 object',
      }));
    }
    if (issue.code === 'invalid_union') {
      const value = valueAt(input, issue.path);
      const inline =
        typeof value === 'object' && value !== null && 'kind' in value;
      const branch = issue.errors[inline ? 1 : 0] ?? [];
      return problemsOf(branch, path, value);
    }
    return [{ path: formatPath(path), message: issue.message }];
  });
}

function valueAt(input: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (value, key) =>
      typeof value === 'object' && value !== null
        ? (value as Record<PropertyKey, unknown>)[key]
        : undefined,
    input,
  );
}

/**
 * Checks one OpenSLO v1 document (a catalog entity with apiVersion
 * openslo/v1) and returns every problem found, each with its field path.
 */
export function validateOpenslo(document: {
  kind: string;
  metadata?: unknown;
  spec?: unknown;
}): OpensloProblem[] {
  const schema = OPENSLO_SPEC_SCHEMAS[document.kind as OpensloKind];
  if (!schema) {
    return [
      {
        path: 'kind',
        message: `must be one of ${OPENSLO_KINDS.join(', ')}`,
      },
    ];
  }
  const problems: OpensloProblem[] = [];
  const parts = [
    ['metadata', metadataSchema, document.metadata],
    ['spec', schema, document.spec],
  ] as const;
  for (const [field, partSchema, value] of parts) {
    const result = (partSchema as z.ZodType).safeParse(value, {
      error: errorMessages,
    });
    if (!result.success) {
      problems.push(...problemsOf(result.error.issues, [field], value));
    }
  }
  const service = (document.spec as { service?: unknown } | undefined)?.service;
  const name = (document.metadata as { name?: unknown } | undefined)?.name;
  if (
    document.kind === 'SLO' &&
    typeof service === 'string' &&
    typeof name === 'string' &&
    !name.startsWith(`${service}-`)
  ) {
    problems.push({
      path: 'metadata.name',
      message: `must start with '${service}-' (the service name) so that SLO names stay unique across the catalog`,
    });
  }
  return problems;
}

export function describeProblems(problems: OpensloProblem[]): string {
  return problems.map(p => `${p.path}: ${p.message}`).join('; ');
}
