import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { stringifyEntityRef, UserEntity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { Adr } from '@internal/plugin-adr-common';

/**
 * Maps the decision-makers named in ADRs to catalog Users, matching a User's
 * name or display name case-insensitively. Names with no match are left out.
 */
export async function resolvePeople(
  adrs: Adr[],
  catalog: CatalogService,
  credentials: BackstageCredentials,
): Promise<Record<string, string>> {
  const names = [...new Set(adrs.flatMap(a => a.decisionMakers))];
  if (names.length === 0) return {};
  const { items } = await catalog.getEntities(
    {
      filter: { kind: 'User' },
      fields: [
        'kind',
        'metadata.name',
        'metadata.namespace',
        'spec.profile.displayName',
      ],
    },
    { credentials },
  );
  const refByName = new Map<string, string>();
  for (const user of items as UserEntity[]) {
    const ref = stringifyEntityRef(user);
    refByName.set(user.metadata.name.toLocaleLowerCase('en-US'), ref);
    const display = user.spec?.profile?.displayName;
    if (display) refByName.set(display.toLocaleLowerCase('en-US'), ref);
  }
  return Object.fromEntries(
    names
      .map(name => [name, refByName.get(name.toLocaleLowerCase('en-US'))])
      .filter((pair): pair is [string, string] => pair[1] !== undefined),
  );
}
