import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { provenanceOf } from '@internal/plugin-golden-path-common';
import {
  createFormField,
  FormFieldBlueprint,
} from '@backstage/plugin-scaffolder-react/alpha';

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

const serviceNameField = FormFieldBlueprint.make({
  name: 'service-name',
  params: {
    field: async () => {
      const { ServiceNameInput, validateServiceName } = await import(
        './fields/ServiceNameField'
      );
      return createFormField({
        name: 'ServiceName',
        component: ServiceNameInput,
        validation: validateServiceName,
      });
    },
  },
});

/**
 * Golden paths in the portal: the card that tells where a service came from,
 * and the form field that checks a new service's name before the run.
 */
export default createFrontendPlugin({
  pluginId: 'golden-path',
  extensions: [entityProvenanceCard, serviceNameField],
});
