import { Entity } from '@backstage/catalog-model';
import {
  DefaultEntityFilters,
  EntityAutocompletePicker,
  EntityFilter,
} from '@backstage/plugin-catalog-react';
import { FITNESS_LEVEL_LABEL } from '@internal/plugin-fitness-common';

/** The catalog's filter on the fitness level label (server side). */
export class EntityFitnessLevelFilter implements EntityFilter {
  constructor(readonly values: string[]) {}

  getCatalogFilters() {
    return { [`metadata.labels.${FITNESS_LEVEL_LABEL}`]: this.values };
  }

  filterEntity(entity: Entity) {
    const level = entity.metadata.labels?.[FITNESS_LEVEL_LABEL];
    return level !== undefined && this.values.includes(level);
  }

  toQueryValue() {
    return this.values;
  }
}

type Filters = DefaultEntityFilters & {
  fitnessLevel?: EntityFitnessLevelFilter;
};

/** Picks fitness levels in the catalog's filter column. */
export function FitnessLevelPicker() {
  return (
    <EntityAutocompletePicker<Filters, 'fitnessLevel'>
      label="Fitness level"
      name="fitnessLevel"
      path={`metadata.labels.${FITNESS_LEVEL_LABEL}`}
      Filter={EntityFitnessLevelFilter}
      showCounts
    />
  );
}
