import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  catalogLocationsExtensionPoint,
  catalogProcessingExtensionPoint,
} from '@backstage/plugin-catalog-node';
import { ConfinedRoots } from '@internal/source-tree';
import { ConfinedFileReader } from './ConfinedFileReader';
import { LocalFileLocationGuard } from './LocalFileLocationGuard';
import { LocalFilePlaceholders } from './LocalFilePlaceholders';

/**
 * Allows `file` locations next to `url` ones, for repositories that the
 * golden paths create on the portal's own disk, confined to
 * `catalog.fileLocationRoots`, and fills their placeholders that name a file
 * beside them.
 *
 * @public
 */
export const catalogModuleLocalRepos = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'local-repos',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        locations: catalogLocationsExtensionPoint,
        processing: catalogProcessingExtensionPoint,
      },
      async init({ config, locations, processing }) {
        const roots = new ConfinedRoots(
          config.getOptionalStringArray('catalog.fileLocationRoots') ?? [],
        );
        locations.setAllowedLocationTypes(['url', 'file']);
        processing.addProcessor(
          new ConfinedFileReader(roots),
          new LocalFileLocationGuard(roots),
          new LocalFilePlaceholders(roots),
        );
      },
    });
  },
});
