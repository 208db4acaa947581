import { Entity } from '@backstage/catalog-model';
import { runbookSection } from '@internal/plugin-runbook-common';

/**
 * The runbook section for an alert: the alert's AlertPolicy name is the
 * heading of its section. Undefined when the component has no TechDocs.
 */
export function runbookAlertSection(
  entity: Entity,
  policy: string,
): { page: string; anchor?: string } | undefined {
  if (!entity.metadata.annotations?.['backstage.io/techdocs-ref']) {
    return undefined;
  }
  return runbookSection(entity, policy);
}
