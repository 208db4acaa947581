import { parse } from 'yaml';

type OpenApi = {
  paths?: Record<
    string,
    Record<
      string,
      { requestBody?: { content?: Record<string, { schema?: Schema }> } }
    >
  >;
  components?: { schemas?: Record<string, Schema> };
};
type Schema = {
  $ref?: string;
  required?: string[];
  properties?: Record<string, Schema>;
  type?: string;
};

async function call(base: string, path: string, init: RequestInit = {}) {
  const response = await fetch(`${base}${path}`, {
    redirect: 'manual',
    ...init,
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text };
}

/** A request body with every required string property of `schema` set to `value`. */
function bodyFor(openapi: OpenApi, schema: Schema | undefined, value: string) {
  const resolved = schema?.$ref
    ? openapi.components?.schemas?.[schema.$ref.split('/').pop()!]
    : schema;
  return Object.fromEntries(
    (resolved?.required ?? []).map(name => [name, value]),
  );
}

/** A resource the openapi.yaml describes as a collection: `POST /x`, `GET /x`, `GET /x/{id}`. */
export interface Collection {
  path: string;
  item: string;
  /** A creation request body with every required string property set to `value`. */
  body(value: string): Record<string, string>;
}

export function collections(openapiText: string): Collection[] {
  const openapi = parse(openapiText) as OpenApi;
  const paths = openapi.paths ?? {};
  const found: Collection[] = [];
  for (const [path, operations] of Object.entries(paths)) {
    const item = Object.keys(paths).find(p =>
      new RegExp(`^${path}/\\{\\w+\\}$`).test(p),
    );
    if (!operations.post || !operations.get || !item || !paths[item].get)
      continue;
    const schema =
      operations.post.requestBody?.content?.['application/json']?.schema;
    found.push({
      path,
      item,
      body: value => bodyFor(openapi, schema, value),
    });
  }
  return found;
}

/** Creates `collection`'s resource with X-Request-ID `requestId`. */
export function create(
  base: string,
  collection: Collection,
  requestId: string,
  value = 'boot-proof',
) {
  return call(base, collection.path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': requestId },
    body: JSON.stringify(collection.body(value)),
  });
}

/**
 * Creates, reads and lists each resource the service's openapi.yaml
 * describes as a collection; returns what went wrong, if anything, and the
 * number of resources tried.
 */
export async function roundTrips(base: string, openapiText: string) {
  const problems: string[] = [];
  let tried = 0;
  for (const collection of collections(openapiText)) {
    const { path, item } = collection;
    tried++;
    const created = await create(base, collection, `boot-proof-${tried}`);
    if (created.status !== 201 && created.status !== 200) {
      problems.push(
        `POST ${path} answered ${created.status}: ${created.text.slice(
          0,
          300,
        )}`,
      );
      continue;
    }
    if (created.headers.get('x-request-id') !== `boot-proof-${tried}`) {
      problems.push(`POST ${path} did not echo its X-Request-ID`);
    }
    const id = (JSON.parse(created.text) as { id?: string }).id;
    const fetched = await call(base, item.replace(/\{\w+\}/, String(id)));
    if (fetched.status !== 200 || !fetched.text.includes(String(id))) {
      problems.push(
        `GET ${item} of the new ${id} answered ${
          fetched.status
        }: ${fetched.text.slice(0, 300)}`,
      );
    }
    const listed = await call(base, path);
    if (listed.status !== 200 || !listed.text.includes(String(id))) {
      problems.push(
        `GET ${path} answered ${listed.status} without the new ${id}`,
      );
    }
  }
  if (tried === 0)
    problems.push(
      'openapi.yaml describes no collection to create, get and list',
    );
  return { problems, tried };
}

/** Health, readiness and metrics as a probe and Prometheus see them (no redirect followed). */
export async function operabilityProblems(base: string) {
  const problems: string[] = [];
  for (const [path, expect] of [
    ['/health', 200],
    ['/ready', 200],
    ['/metrics', 200],
  ] as const) {
    const { status, headers } = await call(base, path);
    if (status !== expect) {
      problems.push(
        `GET ${path} answered ${status}${
          headers.get('location') ? ` (to ${headers.get('location')})` : ''
        }, not ${expect}`,
      );
    }
  }
  return problems;
}

export const readiness = (base: string) => call(base, '/ready');

/** The Prometheus queries of every openslo/v1 document in `text`. */
export function sloQueries(text: string): string[] {
  const queries: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      const spec = record.spec as Record<string, unknown> | undefined;
      if (
        spec &&
        'query' in spec &&
        typeof spec.query === 'string' &&
        record.type === 'Prometheus'
      ) {
        queries.push(spec.query);
      }
      Object.values(record).forEach(walk);
    }
  };
  for (const doc of text.split(/^---$/m)) {
    const parsed = parse(doc) as { apiVersion?: string } | null;
    if (parsed?.apiVersion === 'openslo/v1') walk(parsed);
  }
  return [...new Set(queries)];
}
