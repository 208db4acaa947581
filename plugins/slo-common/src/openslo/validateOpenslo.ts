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
      const branch = closestBranch(issue.errors);
      return branch
        ? problemsOf(branch, path, value)
        : [{ path: formatPath(path), message: issue.message }];
    }
    return [{ path: formatPath(path), message: issue.message }];
  });
}

/**
 * The union branch the document most likely meant: not one of another type
 * altogether, then the one with fewest problems, the last (inline) on a tie.
 */
function closestBranch(
  branches: readonly (readonly z.core.$ZodIssue[])[],
): readonly z.core.$ZodIssue[] | undefined {
  const sameType = branches.filter(
    errors =>
      !errors.some(e => e.code === 'invalid_type' && e.path.length === 0),
  );
  return sameType.reduce<readonly z.core.$ZodIssue[] | undefined>(
    (best, errors) => (best && best.length < errors.length ? best : errors),
    undefined,
  );
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
 * A copy without the keys whose value is null: YAML reads `key:` with
 * nothing after it as null, and OpenSLO means "not given" by it.
 */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => [k, withoutNulls(v)]),
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
    ['spec', schema, withoutNulls(document.spec)],
  ] as const;
  for (const [field, partSchema, value] of parts) {
    const result = (partSchema as z.ZodType).safeParse(value, {
      error: errorMessages,
    });
    if (!result.success) {
      problems.push(...problemsOf(result.error.issues, [field], value));
    }
  }
  return problems;
}

/**
 * The spec of a catalogued OpenSLO object as the schema reads it (absent
 * for null), or the problems that keep it from being read.
 */
export function readOpensloSpec<K extends OpensloKind>(
  kind: K,
  spec: unknown,
):
  | { spec: z.infer<(typeof OPENSLO_SPEC_SCHEMAS)[K]> }
  | { problems: OpensloProblem[] } {
  const value = withoutNulls(spec);
  const result = (OPENSLO_SPEC_SCHEMAS[kind] as z.ZodType).safeParse(value, {
    error: errorMessages,
  });
  if (result.success) {
    return { spec: result.data as z.infer<(typeof OPENSLO_SPEC_SCHEMAS)[K]> };
  }
  return { problems: problemsOf(result.error.issues, ['spec'], value) };
}

export function describeProblems(problems: OpensloProblem[]): string {
  return problems.map(p => `${p.path}: ${p.message}`).join('; ');
}
