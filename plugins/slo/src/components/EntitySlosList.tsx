import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { Entity } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { EntitySlo } from '@internal/plugin-slo-common';
import { ReactNode } from 'react';
import { useEntitySlos } from '../hooks/useEntitySlos';
import { ExampleDataNote } from './ExampleDataNote';
import { NoSlos } from './NoSlos';

/** The entity's SLOs as the cards show them, once loaded; what is missing or failed otherwise. */
export function EntitySlosList(props: {
  children: (slos: EntitySlo[], entity: Entity) => ReactNode;
}) {
  const { entity } = useEntity();
  const { value, loading, error } = useEntitySlos();
  return (
    <>
      <ExampleDataNote compact />
      {loading && <Progress />}
      {error && <ResponseErrorPanel error={error} />}
      {value && value.items.length === 0 && (
        <NoSlos componentName={entity.metadata.name} />
      )}
      {value && value.items.length > 0 && props.children(value.items, entity)}
    </>
  );
}
