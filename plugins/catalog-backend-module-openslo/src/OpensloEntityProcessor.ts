import {
  Entity,
  getCompoundEntityRef,
  KubernetesValidatorFunctions,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  CatalogProcessor,
  CatalogProcessorEmit,
  processingResult,
} from '@backstage/plugin-catalog-node';
import { LocationSpec } from '@backstage/plugin-catalog-common';
import {
  ANNOTATION_OPENSLO_LABELS,
  ANNOTATION_SLO_NOT_ATTACHED,
  describeProblems,
  OPENSLO_API_VERSION,
  RELATION_HAS_SLO,
  RELATION_SLO_OF,
  validateOpenslo,
} from '@internal/plugin-slo-common';
import { OpensloNameCollisions } from './OpensloNameCollisions';
import { CatalogLookup, whyNotAttached } from './sloAttachment';

/**
 * Validates `openslo/v1` documents as catalog entities and relates each SLO
 * to the Component its spec.service names, when the SLO may attach to it;
 * otherwise the SLO says why in an annotation.
 */
export class OpensloEntityProcessor implements CatalogProcessor {
  constructor(
    private readonly collisions: OpensloNameCollisions,
    private readonly catalog: CatalogLookup,
  ) {}

  getProcessorName(): string {
    return 'OpensloEntityProcessor';
  }

  /**
   * OpenSLO labels may hold lists and any text; the catalog's labels hold
   * short single values. The labels that do not fit move, as written, to an
   * annotation, so that the catalog's policies do not refuse the document.
   */
  async preProcessEntity(entity: Entity): Promise<Entity> {
    const labels = entity.metadata?.labels as
      | Record<string, unknown>
      | undefined;
    if (
      entity.apiVersion !== OPENSLO_API_VERSION ||
      typeof labels !== 'object' ||
      labels === null
    ) {
      return entity;
    }
    const fits = (value: unknown) =>
      typeof value === 'string' &&
      KubernetesValidatorFunctions.isValidLabelValue(value);
    const unfit = Object.entries(labels).filter(([, v]) => !fits(v));
    if (unfit.length === 0) {
      return entity;
    }
    return {
      ...entity,
      metadata: {
        ...entity.metadata,
        labels: Object.fromEntries(
          Object.entries(labels).filter(([, v]) => fits(v)),
        ) as Record<string, string>,
        annotations: {
          ...entity.metadata.annotations,
          [ANNOTATION_OPENSLO_LABELS]: JSON.stringify(
            Object.fromEntries(unfit),
          ),
        },
      },
    };
  }

  async validateEntityKind(entity: Entity): Promise<boolean> {
    if (entity.apiVersion !== OPENSLO_API_VERSION) {
      return false;
    }
    const problems = validateOpenslo(withOpensloLabels(entity));
    if (problems.length > 0) {
      throw new InputError(
        `Invalid OpenSLO ${entity.kind} '${
          entity.metadata.name
        }': ${describeProblems(problems)}`,
      );
    }
    return true;
  }

  async postProcessEntity(
    entity: Entity,
    _location: LocationSpec,
    emit: CatalogProcessorEmit,
  ): Promise<Entity> {
    if (entity.apiVersion !== OPENSLO_API_VERSION) {
      return entity;
    }
    const ref = stringifyEntityRef(entity);
    const otherLocation = this.collisions.otherLocationOf(ref);
    if (otherLocation) {
      throw new InputError(
        `metadata.name: '${entity.metadata.name}' collides with a ${entity.kind} of the same name in ${otherLocation}, which registered it first; rename one of them (docs/adr/0005)`,
      );
    }
    if (entity.kind === 'SLO') {
      const slo = getCompoundEntityRef(entity);
      const component = {
        kind: 'component',
        namespace: slo.namespace,
        name: String(entity.spec?.service),
      };
      const notAttached = await whyNotAttached(
        entity,
        stringifyEntityRef(component),
        this.catalog,
      );
      if (notAttached) {
        return {
          ...entity,
          metadata: {
            ...entity.metadata,
            annotations: {
              ...entity.metadata.annotations,
              [ANNOTATION_SLO_NOT_ATTACHED]: notAttached,
            },
          },
        };
      }
      emit(
        processingResult.relation({
          source: slo,
          type: RELATION_SLO_OF,
          target: component,
        }),
      );
      emit(
        processingResult.relation({
          source: component,
          type: RELATION_HAS_SLO,
          target: slo,
        }),
      );
    }
    return entity;
  }
}

/** The entity with the labels it was written with, for validation. */
function withOpensloLabels(entity: Entity): Entity {
  const moved = entity.metadata.annotations?.[ANNOTATION_OPENSLO_LABELS];
  if (!moved) {
    return entity;
  }
  let written: Record<string, unknown>;
  try {
    written = JSON.parse(moved);
  } catch {
    return entity;
  }
  return {
    ...entity,
    metadata: {
      ...entity.metadata,
      labels: { ...entity.metadata.labels, ...written } as Record<
        string,
        string
      >,
    },
  };
}
