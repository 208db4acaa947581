import {
  ANNOTATION_ORIGIN_LOCATION,
  Entity,
  RELATION_OWNED_BY,
  stringifyEntityRef,
} from '@backstage/catalog-model';

/** What the attachment check needs of the catalog. */
export type CatalogLookup = {
  entity(ref: string): Promise<Entity | undefined>;
  /** Whether `origin` registered anything owned by one of `owners`. */
  registeredOwnedBy(origin: string, owners: string[]): Promise<boolean>;
};

/**
 * Why an SLO may not attach to the component its spec.service names, or
 * undefined when it may. It attaches only to a component registered from
 * the SLO's own location, or owned by a team that owns something registered
 * there; otherwise any repository could put its SLOs, alerts and
 * notifications on another team's service. A component not yet in the
 * catalog is attached on a later processing pass.
 */
export async function whyNotAttached(
  slo: Entity,
  componentRef: string,
  catalog: CatalogLookup,
): Promise<string | undefined> {
  const component = await catalog.entity(componentRef);
  if (!component) {
    return `spec.service: ${componentRef} is not in the catalog yet; the SLO is attached once it is`;
  }
  const origin = slo.metadata.annotations?.[ANNOTATION_ORIGIN_LOCATION];
  if (
    origin &&
    origin === component.metadata.annotations?.[ANNOTATION_ORIGIN_LOCATION]
  ) {
    return undefined;
  }
  const owners = (component.relations ?? [])
    .filter(r => r.type === RELATION_OWNED_BY)
    .map(r => r.targetRef);
  if (
    origin &&
    owners.length > 0 &&
    (await catalog.registeredOwnedBy(origin, owners))
  ) {
    return undefined;
  }
  return `spec.service: ${stringifyEntityRef(component)} is owned by ${
    owners.join(', ') || 'nobody'
  }, and the SLO's location (${
    origin ?? 'unknown'
  }) registered nothing of that owner; an SLO attaches only to a component registered from its own location or owned by the same team`;
}
