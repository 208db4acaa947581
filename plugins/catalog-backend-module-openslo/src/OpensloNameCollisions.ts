import { EventParams } from '@backstage/plugin-events-node';
import { OPENSLO_API_VERSION } from '@internal/plugin-slo-common';

/** How long a reported collision holds without being reported again. */
const COLLISION_TTL_MS = 15 * 60 * 1000;

type CollisionPayload = {
  unprocessedEntity?: { apiVersion?: string };
  entityRef?: string;
  newLocationKey?: string;
  existingLocationKey?: string;
};

/**
 * The catalog only logs and publishes an event when two locations emit the
 * same entity ref. This keeps those reports for OpenSLO kinds so that the
 * processor can turn them into a processing error on the entity.
 */
export class OpensloNameCollisions {
  private readonly collisions = new Map<
    string,
    { otherLocation: string; at: number }
  >();

  constructor(private readonly now: () => number = Date.now) {}

  record(event: EventParams): void {
    const payload = event.eventPayload as CollisionPayload;
    if (
      payload?.unprocessedEntity?.apiVersion !== OPENSLO_API_VERSION ||
      !payload.entityRef ||
      !payload.newLocationKey
    ) {
      return;
    }
    this.collisions.set(payload.entityRef, {
      otherLocation: payload.newLocationKey,
      at: this.now(),
    });
  }

  /** The other location defining the same ref, if one was reported lately. */
  otherLocationOf(entityRef: string): string | undefined {
    const collision = this.collisions.get(entityRef);
    if (!collision) {
      return undefined;
    }
    if (this.now() - collision.at > COLLISION_TTL_MS) {
      this.collisions.delete(entityRef);
      return undefined;
    }
    return collision.otherLocation;
  }
}
