import { posix } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { Check, GeneratedService, HarnessFailure } from '../HarnessFailure';

// Where the catalog is told the entities come from: validate-entity takes
// url: locations only, and reads nothing for these kinds.
const LOCATION_BASE = 'https://git.example.com/generated/service/blob/main';

// A Location's validation would read its targets; here they must simply
// be files of the service.
function missingTargets(
  service: GeneratedService,
  file: string,
  location: { spec?: { target?: string; targets?: string[] } },
) {
  const targets = [
    ...(location.spec?.target ? [location.spec.target] : []),
    ...(location.spec?.targets ?? []),
  ];
  const missing = targets.filter(
    t =>
      !service.files.includes(
        posix.normalize(posix.join(posix.dirname(file), t)),
      ),
  );
  if (targets.length === 0) return 'names no target';
  return missing.length
    ? `targets missing files: ${missing.join(', ')}`
    : undefined;
}

/** Asks the catalog whether an entity is valid; resolves to its complaint, or undefined. */
export type ValidateEntity = (
  entity: unknown,
  location: string,
) => Promise<string | undefined>;

// The catalog would read a `$text` placeholder from the location's host;
// here the file must be in the service, and is inlined before validation.
async function inlineText(
  service: GeneratedService,
  file: string,
  value: unknown,
): Promise<unknown> {
  if (Array.isArray(value)) {
    return Promise.all(value.map(v => inlineText(service, file, v)));
  }
  if (!value || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  if (Object.keys(record).length === 1 && typeof record.$text === 'string') {
    const target = posix.normalize(
      posix.join(posix.dirname(file), record.$text),
    );
    if (!service.files.includes(target)) {
      throw new Error(`$text ${record.$text} names no file of the service`);
    }
    return service.read(target);
  }
  const entries = await Promise.all(
    Object.entries(record).map(
      async ([k, v]) => [k, await inlineText(service, file, v)] as const,
    ),
  );
  return Object.fromEntries(entries);
}

// An OpenAPI definition must at least parse and name its version and paths.
function openApiProblem(definition: unknown) {
  const doc = typeof definition === 'string' ? parse(definition) : undefined;
  if (!doc || !/^3\./.test(String(doc.openapi))) {
    return 'its definition is not an OpenAPI 3 document';
  }
  if (!doc.paths || Object.keys(doc.paths).length === 0) {
    return 'its OpenAPI definition has no paths';
  }
  return undefined;
}

async function complaintAbout(
  service: GeneratedService,
  file: string,
  entity: any,
  validate: ValidateEntity,
): Promise<string | undefined> {
  if (entity?.kind === 'Location') return missingTargets(service, file, entity);
  try {
    const inlined = (await inlineText(service, file, entity)) as any;
    const openApi =
      entity?.kind === 'API' && entity?.spec?.type === 'openapi'
        ? openApiProblem(inlined.spec?.definition)
        : undefined;
    return openApi ?? (await validate(inlined, `url:${LOCATION_BASE}/${file}`));
  } catch (error) {
    return (error as Error).message;
  }
}

/**
 * Every entity in `files` (catalog-info.yaml and openslo.yaml by default)
 * passes the catalog's own validation.
 */
export function catalogEntities(
  validate: ValidateEntity,
  files: string[] = ['catalog-info.yaml', 'openslo.yaml'],
): Check {
  return async service => {
    const failures: HarnessFailure[] = [];
    for (const file of files) {
      if (!service.files.includes(file)) {
        failures.push({ check: 'catalog', file, message: 'is missing' });
        continue;
      }
      for (const doc of parseAllDocuments(await service.read(file))) {
        const entity = doc.toJS();
        const complaint = await complaintAbout(service, file, entity, validate);
        if (complaint) {
          failures.push({
            check: 'catalog',
            file,
            message: `${entity?.kind} ${entity?.metadata?.name}: ${complaint}`,
          });
        }
      }
    }
    return failures;
  };
}
