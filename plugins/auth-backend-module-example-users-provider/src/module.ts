import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  authProvidersExtensionPoint,
  createProxyAuthProviderFactory,
} from '@backstage/plugin-auth-node';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { exampleUserAuthenticator } from './exampleUserAuthenticator';
import { signInAsExampleUser } from './signInAsExampleUser';
import { createExampleUsersRouter } from './exampleUsersRouter';

/**
 * The embedded default's sign-in: pick one of the catalog's users. Active only
 * when `auth.providers.example-users.enabled` is true.
 *
 * @public
 */
export const authModuleExampleUsersProvider = createBackendModule({
  pluginId: 'auth',
  moduleId: 'example-users-provider',
  register(reg) {
    reg.registerInit({
      deps: {
        providers: authProvidersExtensionPoint,
        config: coreServices.rootConfig,
        httpRouter: coreServices.httpRouter,
        catalog: catalogServiceRef,
        auth: coreServices.auth,
        logger: coreServices.logger,
      },
      async init({ providers, config, httpRouter, catalog, auth, logger }) {
        const enabled =
          config.getOptionalBoolean('auth.providers.example-users.enabled') ??
          false;
        if (!enabled) {
          return;
        }
        logger.warn(
          'Example-user sign-in is on: anyone who reaches this portal can act as any catalog user. Never enable it in production.',
        );
        providers.registerProvider({
          providerId: 'example-users',
          factory: createProxyAuthProviderFactory({
            authenticator: exampleUserAuthenticator,
            signInResolver: signInAsExampleUser,
          }),
        });
        httpRouter.use(createExampleUsersRouter({ catalog, auth }));
      },
    });
  },
});
