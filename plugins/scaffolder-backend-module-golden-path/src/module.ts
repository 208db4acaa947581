import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createAddAdrAction } from './actions/addAdr';
import { createCommitToComponentAction } from './actions/commitToComponent';
import { createComponentFactsAction } from './actions/componentFacts';
import { createFormatPythonAction } from './actions/formatPython';
import { createPublishLocalRepositoryAction } from './actions/publishLocalRepository';
import { LocalGitRepositories } from './git/LocalGitRepositories';
import { createNameAvailabilityRouter } from './service/nameAvailability';

/**
 * The golden paths' scaffolder actions.
 *
 * @public
 */
export const scaffolderModuleGoldenPath = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'golden-path',
  register(reg) {
    reg.registerInit({
      deps: {
        scaffolder: scaffolderActionsExtensionPoint,
        config: coreServices.rootConfig,
        catalog: catalogServiceRef,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
      },
      async init({ scaffolder, config, catalog, httpRouter, httpAuth }) {
        const repositories = LocalGitRepositories.fromConfig(config);
        scaffolder.addActions(
          createPublishLocalRepositoryAction({ repositories, catalog }),
          createFormatPythonAction(),
          createComponentFactsAction({ repositories, catalog }),
          createAddAdrAction({ repositories, catalog }),
          createCommitToComponentAction({ repositories, catalog }),
        );
        httpRouter.use(
          createNameAvailabilityRouter({ httpAuth, repositories, catalog }),
        );
      },
    });
  },
});
