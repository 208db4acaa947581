import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { provenanceOf } from '@internal/plugin-golden-path-common';

const entityProvenanceCard = EntityCardBlueprint.make({
  name: 'provenance',
  params: {
    type: 'info',
    filter: entity => provenanceOf(entity) !== undefined,
    loader: async () => {
      const { EntityProvenanceCard } = await import(
        './components/EntityProvenanceCard'
      );
      return <EntityProvenanceCard />;
    },
  },
});

/** Golden paths in the catalog: the card that tells where a service came from. */
export default createFrontendPlugin({
  pluginId: 'golden-path',
  extensions: [entityProvenanceCard],
});
