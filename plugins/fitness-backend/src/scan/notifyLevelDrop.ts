import { LoggerService } from '@backstage/backend-plugin-api';
import { levelRank, type FitnessLevel } from '@internal/plugin-fitness-common';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { EntityInfo } from '../database/FitnessStore';
import { entityPagePath } from '@internal/portal-common';

/** The notifications' topic: users can turn it off in their settings. */
const LEVEL_DROP_TOPIC = 'fitness-level-dropped';

/**
 * Tells the owners of an entity that its fitness level dropped. It is called
 * when a scan or a re-score is stored, with the level before and after, so
 * a drop is told once: the next scan at the same level says nothing.
 */
export async function notifyLevelDrop(
  deps: { notifications?: NotificationService; logger: LoggerService },
  entity: EntityInfo,
  before: FitnessLevel | undefined,
  after: FitnessLevel | undefined,
) {
  if (!deps.notifications || !entity.ownerRef) return;
  if (levelRank(after) >= levelRank(before)) return;
  try {
    await deps.notifications.send({
      recipients: { type: 'entity', entityRef: entity.ownerRef },
      payload: {
        title: `${entity.title}: fitness dropped from ${before} to ${
          after ?? 'no level'
        }`,
        description:
          'A scan found it failing a function its level needs. The Fitness tab lists what fails, with file:line.',
        link: entityPagePath(entity.entityRef, 'fitness'),
        severity: 'normal',
        topic: LEVEL_DROP_TOPIC,
        scope: `fitness-level:${entity.entityRef}`,
      },
    });
  } catch (error) {
    deps.logger.warn(
      `Could not notify the owners of ${entity.entityRef}: ${
        (error as Error).message
      }`,
    );
  }
}
