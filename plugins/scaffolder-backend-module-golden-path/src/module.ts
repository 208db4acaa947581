import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { ScmIntegrations } from '@backstage/integration';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { scaffolderTemplatingExtensionPoint } from '@backstage/plugin-scaffolder-node/alpha';
import { createCheckNamesAction } from './actions/checkNames';
import {
  goldenPathTemplateFilters,
  goldenPathTemplateGlobals,
} from './templating/templateGlobals';
import { createAddAdrAction } from './actions/addAdr';
import { createCommitToComponentAction } from './actions/commitToComponent';
import { createComponentFactsAction } from './actions/componentFacts';
import { createFetchSharedAction } from './actions/fetchShared';
import { createFormatPythonAction } from './actions/formatPython';
import { createPublishAction } from './actions/publish';
import { GithubPublisher } from './git/GithubPublisher';
import { createNameAvailabilityRouter } from './service/nameAvailability';
import { gitRepositoriesServiceRef } from '@internal/plugin-golden-path-node';

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
        templating: scaffolderTemplatingExtensionPoint,
        config: coreServices.rootConfig,
        catalog: catalogServiceRef,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        reader: coreServices.urlReader,
        permissions: coreServices.permissions,
        auth: coreServices.auth,
        git: gitRepositoriesServiceRef,
      },
      async init({
        scaffolder,
        templating,
        config,
        catalog,
        httpRouter,
        httpAuth,
        reader,
        permissions,
        auth,
        git,
      }) {
        templating.addTemplateGlobals(goldenPathTemplateGlobals);
        templating.addTemplateFilters(goldenPathTemplateFilters);
        const { local: repositories, pullRequests } = git;
        scaffolder.addActions(
          createPublishAction({
            repositories,
            catalog,
            auth,
            github: GithubPublisher.fromConfig(config),
          }),
          createFormatPythonAction(),
          createCheckNamesAction(),
          createFetchSharedAction({
            reader,
            integrations: ScmIntegrations.fromConfig(config),
          }),
          createComponentFactsAction({
            repositories,
            pullRequests,
            catalog,
            permissions,
          }),
          createAddAdrAction({
            repositories,
            pullRequests,
            catalog,
            permissions,
          }),
          createCommitToComponentAction({
            repositories,
            pullRequests,
            catalog,
            permissions,
          }),
        );
        httpRouter.use(
          createNameAvailabilityRouter({ httpAuth, repositories, catalog }),
        );
      },
    });
  },
});
