import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { ScmIntegrations } from '@backstage/integration';
import { techdocsGeneratorExtensionPoint } from '@backstage/plugin-techdocs-node';
import { GuardedTechdocsGenerator } from './GuardedTechdocsGenerator';

/**
 * Replaces the TechDocs generator with one that refuses unsafe mkdocs
 * configuration before building.
 *
 * @public
 */
export const techdocsModuleMkdocsGuard = createBackendModule({
  pluginId: 'techdocs',
  moduleId: 'mkdocs-guard',
  register(reg) {
    reg.registerInit({
      deps: {
        generator: techdocsGeneratorExtensionPoint,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
      },
      async init({ generator, config, logger }) {
        generator.setTechdocsGenerator(
          new GuardedTechdocsGenerator({
            config,
            logger,
            scmIntegrations: ScmIntegrations.fromConfig(config),
          }),
        );
      },
    });
  },
});
