import {
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  Entity,
  RELATION_OWNED_BY,
  stringifyEntityRef,
} from '@backstage/catalog-model';

/** Finds an entity in the catalog. */
export type CatalogLookup = (ref: string) => Promise<Entity | undefined>;

// `url:https://…/blob/main/svc/catalog-info.yaml` → `url:https://…/blob/main/svc/`
const folderOf = (location: string) =>
  location.slice(0, location.lastIndexOf('/') + 1);

/**
 * Why an SLO may not attach to the component its spec.service names, or
 * undefined when it may. It attaches only to a component registered from
 * the same location as the SLO, or whose repository folder holds the SLO's
 * file: both are places only the component's team writes to. (An owner
 * written in a repository proves nothing: any repository may name any
 * team.) A component not yet in the catalog is attached on a later pass.
 */
export async function whyNotAttached(
  slo: Entity,
  componentRef: string,
  lookup: CatalogLookup,
): Promise<string | undefined> {
  const component = await lookup(componentRef);
  if (!component) {
    return `spec.service: ${componentRef} is not in the catalog yet; the SLO is attached once it is`;
  }
  const sloAt = slo.metadata.annotations ?? {};
  const componentAt = component.metadata.annotations ?? {};
  const origin = sloAt[ANNOTATION_ORIGIN_LOCATION];
  if (origin && origin === componentAt[ANNOTATION_ORIGIN_LOCATION]) {
    return undefined;
  }
  const home = componentAt[ANNOTATION_LOCATION];
  if (home && sloAt[ANNOTATION_LOCATION]?.startsWith(folderOf(home))) {
    return undefined;
  }
  const owners = (component.relations ?? [])
    .filter(r => r.type === RELATION_OWNED_BY)
    .map(r => r.targetRef);
  return `spec.service: ${stringifyEntityRef(component)} (owned by ${
    owners.join(', ') || 'nobody'
  }) was registered from ${
    componentAt[ANNOTATION_ORIGIN_LOCATION] ?? 'elsewhere'
  }, and this SLO from ${
    origin ?? 'another location'
  }, outside its repository; an SLO attaches only to a component registered with it or from the repository that holds it`;
}
