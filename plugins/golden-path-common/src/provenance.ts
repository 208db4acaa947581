import { Entity, parseEntityRef } from '@backstage/catalog-model';

/** The template an entity was generated from (Backstage's own annotation). */
export const ANNOTATION_SOURCE_TEMPLATE = 'backstage.io/source-template';
/** The semver of that template at generation; on a Template, its current version. */
export const ANNOTATION_TEMPLATE_VERSION = 'golden-path/template-version';

const ENTITY_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;

/** Where an entity came from, when a golden path generated it. */
export type Provenance = {
  templateRef: string;
  templateName: string;
  version?: string;
};

/** The entity's provenance, or undefined for an entity no template generated. */
export function provenanceOf(entity: Entity): Provenance | undefined {
  const annotations = entity.metadata.annotations ?? {};
  const ref = annotations[ANNOTATION_SOURCE_TEMPLATE];
  if (!ref) return undefined;
  try {
    const parsed = parseEntityRef(ref, { defaultKind: 'template' });
    if (
      parsed.kind.toLocaleLowerCase('en-US') !== 'template' ||
      !ENTITY_NAME.test(parsed.name) ||
      !ENTITY_NAME.test(parsed.namespace)
    ) {
      return undefined;
    }
    return {
      templateRef: `template:${parsed.namespace}/${parsed.name}`,
      templateName: parsed.name,
      version: annotations[ANNOTATION_TEMPLATE_VERSION],
    };
  } catch {
    return undefined;
  }
}
