import {
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import type { CatalogFacts, SloFact } from '@internal/fitness-engine';
import { ANNOTATION_ADR_LOCATION } from '@internal/plugin-adr-common';
import { readAdrFolder } from '@internal/plugin-adr-node';
import { runbookFilePath, splitRunbook } from '@internal/plugin-runbook-common';
import {
  ANNOTATION_TEMPLATE_VERSION,
  provenanceOf,
  templateDrift,
} from '@internal/plugin-golden-path-common';
import {
  alertPolicyNames,
  RELATION_HAS_SLO,
} from '@internal/plugin-slo-common';
import type { SourceTree } from '@internal/source-tree';
import { posix } from 'node:path';

function refOrUndefined(
  value: unknown,
  defaultKind: string,
  namespace: string,
): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  try {
    return stringifyEntityRef(
      parseEntityRef(value, { defaultKind, defaultNamespace: namespace }),
    );
  } catch {
    return undefined;
  }
}

/** The owner, system and domain (the system's) of an entity as full refs. */
export type EntityPlacement = {
  ownerRef?: string;
  systemRef?: string;
  domainRef?: string;
};

export async function entityPlacement(
  entity: Entity,
  deps: { catalog: CatalogService; auth: AuthService },
): Promise<EntityPlacement> {
  const namespace = entity.metadata.namespace ?? 'default';
  const spec = (entity.spec ?? {}) as Record<string, unknown>;
  const systemRef = refOrUndefined(spec.system, 'system', namespace);
  const system = systemRef
    ? await deps.catalog.getEntityByRef(systemRef, {
        credentials: await deps.auth.getOwnServiceCredentials(),
      })
    : undefined;
  return {
    ownerRef: refOrUndefined(spec.owner, 'group', namespace),
    systemRef,
    domainRef: refOrUndefined(
      (system?.spec as Record<string, unknown> | undefined)?.domain,
      'domain',
      system?.metadata.namespace ?? namespace,
    ),
  };
}

async function adrFacts(entity: Entity, tree: SourceTree) {
  const location = entity.metadata.annotations?.[ANNOTATION_ADR_LOCATION];
  if (!location) return undefined;
  const folder = posix.normalize(location).replace(/\/$/, '');
  const { adrs, failures } = await readAdrFolder(tree, folder);
  return {
    location: folder,
    records: adrs.map(a => ({
      file: a.file,
      number: a.number,
      date: a.date,
      status: a.status,
    })),
    unreadable: failures.map(f => ({ file: f.file, reason: f.warning })),
  };
}

async function runbookFacts(entity: Entity, tree: SourceTree) {
  const path = posix.normalize(runbookFilePath(entity));
  if (!tree.files.some(f => f.path === path)) return undefined;
  const sections = splitRunbook(await tree.readText(path));
  return {
    path,
    anchors: sections.map(s => s.anchor),
  };
}

/** What the catalog and the entity's docs say, for the catalog-backed functions. */
export async function catalogFacts(
  entity: Entity,
  tree: SourceTree,
  placement: EntityPlacement,
  deps: { catalog: CatalogService; auth: AuthService },
): Promise<CatalogFacts> {
  const credentials = await deps.auth.getOwnServiceCredentials();
  const { ownerRef, systemRef } = placement;
  let owner: CatalogFacts['owner'];
  if (ownerRef) {
    const found = ownerRef.startsWith('group:')
      ? await deps.catalog.getEntityByRef(ownerRef, { credentials })
      : undefined;
    owner = { ref: ownerRef, isExistingGroup: found !== undefined };
  }
  const sloRefs = (entity.relations ?? [])
    .filter(r => r.type === RELATION_HAS_SLO)
    .map(r => r.targetRef)
    .sort();
  const slos: SloFact[] = [];
  if (sloRefs.length > 0) {
    const { items } = await deps.catalog.getEntitiesByRefs(
      { entityRefs: sloRefs, fields: ['metadata.name', 'spec.alertPolicies'] },
      { credentials },
    );
    for (const slo of items) {
      if (slo) {
        slos.push({
          name: slo.metadata.name,
          alertPolicies: alertPolicyNames(slo.spec),
        });
      }
    }
  }
  return {
    entityRef: stringifyEntityRef(entity),
    owner,
    system: systemRef,
    techdocsRef: entity.metadata.annotations?.['backstage.io/techdocs-ref'],
    adrs: await adrFacts(entity, tree),
    slos,
    runbook: await runbookFacts(entity, tree),
    template: await templateFacts(entity, deps.catalog, credentials),
  };
}

async function templateFacts(
  entity: Entity,
  catalog: CatalogService,
  credentials: BackstageCredentials,
) {
  const provenance = provenanceOf(entity);
  if (!provenance) return undefined;
  const template = await catalog.getEntityByRef(provenance.templateRef, {
    credentials,
  });
  const currentVersion =
    template?.metadata.annotations?.[ANNOTATION_TEMPLATE_VERSION];
  return {
    ref: provenance.templateRef,
    generatedVersion: provenance.version,
    currentVersion,
    drift: templateDrift(provenance.version, currentVersion),
  };
}
