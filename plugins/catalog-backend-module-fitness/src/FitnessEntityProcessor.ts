import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogProcessor } from '@backstage/plugin-catalog-node';
import {
  FITNESS_LEVEL_LABEL,
  FITNESS_SCORE_ANNOTATION,
  levelLabelValue,
  scoreAnnotationValue,
} from '@internal/plugin-fitness-common';
import { FitnessScores } from './FitnessScores';

/**
 * Writes a scanned component's fitness level as a label and its score as a
 * zero-padded annotation (`087.5`), so that the catalog table can filter
 * and sort by them.
 */
export class FitnessEntityProcessor implements CatalogProcessor {
  constructor(private readonly scores: FitnessScores) {}

  getProcessorName(): string {
    return 'FitnessEntityProcessor';
  }

  async preProcessEntity(entity: Entity): Promise<Entity> {
    if (entity.kind.toLocaleLowerCase('en-US') !== 'component') return entity;
    const found = await this.scores.get(stringifyEntityRef(entity));
    if (!found) return entity;
    return {
      ...entity,
      metadata: {
        ...entity.metadata,
        labels: {
          ...entity.metadata.labels,
          [FITNESS_LEVEL_LABEL]: levelLabelValue(found.level),
        },
        annotations: {
          ...entity.metadata.annotations,
          ...(found.score === undefined
            ? {}
            : {
                [FITNESS_SCORE_ANNOTATION]: scoreAnnotationValue(found.score),
              }),
        },
      },
    };
  }
}
