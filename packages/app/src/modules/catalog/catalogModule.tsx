import {
  coreExtensionData,
  createFrontendModule,
} from '@backstage/frontend-plugin-api';
import { CatalogTable } from '@backstage/plugin-catalog';
import catalogPlugin, {
  CatalogIndexPage,
  CatalogTableColumnsFunc,
} from '@backstage/plugin-catalog/alpha';
import { fitnessCatalogColumns } from '@internal/plugin-fitness-react';

const columns: CatalogTableColumnsFunc = context => [
  ...CatalogTable.defaultColumnsFunc(context),
  ...(context.filters.kind?.value === 'component' ? fitnessCatalogColumns : []),
];

/**
 * The catalog index page with our columns: components get their fitness
 * score and level (written into each entity by the catalog's fitness
 * module). Everything else (filters, pagination, path) stays the catalog's.
 */
const catalogIndexPage = catalogPlugin.getExtension('page:catalog').override({
  factory(originalFactory, { inputs, config }) {
    return originalFactory({
      params: {
        loader: async () => (
          <CatalogIndexPage
            columns={columns}
            filters={
              <>
                {inputs.filters.map(filter =>
                  filter.get(coreExtensionData.reactElement),
                )}
              </>
            }
            pagination={config.pagination}
          />
        ),
      },
    });
  },
});

export const catalogModule = createFrontendModule({
  pluginId: 'catalog',
  extensions: [catalogIndexPage],
});
