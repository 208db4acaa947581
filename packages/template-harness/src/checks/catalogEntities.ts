import { posix } from 'node:path';
import { parseAllDocuments } from 'yaml';
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

/** Every entity in catalog-info.yaml and openslo.yaml passes the catalog's own validation. */
export function catalogEntities(validate: ValidateEntity): Check {
  return async service => {
    const failures: HarnessFailure[] = [];
    for (const file of ['catalog-info.yaml', 'openslo.yaml']) {
      if (!service.files.includes(file)) {
        failures.push({ check: 'catalog', file, message: 'is missing' });
        continue;
      }
      for (const doc of parseAllDocuments(await service.read(file))) {
        const entity = doc.toJS();
        const complaint =
          entity?.kind === 'Location'
            ? missingTargets(service, file, entity)
            : await validate(entity, `url:${LOCATION_BASE}/${file}`);
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
