import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { provenanceOf } from '@internal/plugin-golden-path-common';
import {
  createFormField,
  FormFieldBlueprint,
} from '@backstage/plugin-scaffolder-react/alpha';
import { docsRouteRef, templateRouteRef } from './routes';

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

const aggregateNameField = FormFieldBlueprint.make({
  name: 'aggregate-name',
  params: {
    field: async () => {
      const { AggregateNameInput, validateAggregateName } = await import(
        './fields/AggregateNameField'
      );
      return createFormField({
        name: 'AggregateName',
        component: AggregateNameInput,
        validation: validateAggregateName,
      });
    },
  },
});

const moduleNamesField = FormFieldBlueprint.make({
  name: 'module-names',
  params: {
    field: async () => {
      const { ModuleNamesInput, validateModuleNames } = await import(
        './fields/ModuleNamesField'
      );
      return createFormField({
        name: 'ModuleNames',
        component: ModuleNamesInput,
        validation: validateModuleNames,
      });
    },
  },
});

/**
 * Golden paths in the portal: the card that tells where a service came from,
 * and the form fields that check a new service's name, aggregate and modules
 * as they are typed, in words.
 */
export default createFrontendPlugin({
  pluginId: 'golden-path',
  externalRoutes: { docs: docsRouteRef, template: templateRouteRef },
  extensions: [
    entityProvenanceCard,
    serviceNameField,
    aggregateNameField,
    moduleNamesField,
  ],
});
