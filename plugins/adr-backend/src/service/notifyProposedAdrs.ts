import {
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { Entity, getCompoundEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { Adr, adrLabel } from '@internal/plugin-adr-common';
import { resolvePeople } from './resolvePeople';
import { entityPagePath } from '@internal/portal-common';

/** The notifications' topic: users can turn it off in their settings. */
const ADR_PROPOSED_TOPIC = 'adr-proposed';

/**
 * Asks the decision-makers of newly proposed ADRs (the ones matching a
 * catalog User) to decide, one notification per ADR.
 */
export async function notifyProposedAdrs(
  deps: {
    notifications?: NotificationService;
    catalog: CatalogService;
    logger: LoggerService;
  },
  entity: Entity,
  proposed: Adr[],
  credentials: BackstageCredentials,
) {
  if (!deps.notifications || proposed.length === 0) return;
  const people = await resolvePeople(proposed, deps.catalog, credentials);
  const { namespace, name } = getCompoundEntityRef(entity);
  for (const adr of proposed) {
    const users = adr.decisionMakers.flatMap(n =>
      people[n] ? [people[n]] : [],
    );
    if (users.length === 0) continue;
    try {
      await deps.notifications.send({
        recipients: { type: 'entity', entityRef: users },
        payload: {
          title: `A decision awaits you: ${name} ${adrLabel(adr.number)} ${
            adr.title
          }`,
          description:
            'You are named among its decision-makers. Read it on the Decisions tab; architects accept or reject it on /decisions.',
          link: entityPagePath(entity, 'decisions'),
          severity: 'normal',
          topic: ADR_PROPOSED_TOPIC,
          scope: `adr-proposed:${namespace}/${name}/${adr.file}`,
        },
      });
    } catch (error) {
      deps.logger.warn(
        `Could not notify the decision-makers of ${adr.file}: ${
          (error as Error).message
        }`,
      );
    }
  }
}
