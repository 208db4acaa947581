import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  authProvidersExtensionPoint,
  createProxyAuthProviderFactory,
} from '@backstage/plugin-auth-node';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { createExampleUserAuthenticator } from './exampleUserAuthenticator';
import { assertLoopbackOnly, requestGuard } from './loopbackGuard';
import { signInAsExampleUser } from './signInAsExampleUser';
import { createExampleUsersRouter } from './exampleUsersRouter';

/**
 * The embedded default's sign-in: pick one of the catalog's users. Active only
 * when `auth.providers.example-users.enabled` is true, and then it refuses to
 * start unless the backend listens on loopback only, outside production.
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
        assertLoopbackOnly(config);
        logger.warn(
          "Example-user sign-in is on: anyone who can open a connection to this machine's loopback interface can act as any catalog user. Never enable it in production.",
        );
        const guard = requestGuard(config);
        providers.registerProvider({
          providerId: 'example-users',
          factory: createProxyAuthProviderFactory({
            authenticator: createExampleUserAuthenticator(guard),
            signInResolver: signInAsExampleUser,
          }),
        });
        httpRouter.use(createExampleUsersRouter({ catalog, auth, guard }));
      },
    });
  },
});
