import {
  Entity,
  getCompoundEntityRef,
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

  async validateEntityKind(entity: Entity): Promise<boolean> {
    if (entity.apiVersion !== OPENSLO_API_VERSION) {
      return false;
    }
    const problems = validateOpenslo(entity);
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
        `metadata.name: '${entity.metadata.name}' collides with a ${entity.kind} of the same name in ${otherLocation}; OpenSLO names must be unique across the catalog (prefix them with the service name)`,
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
