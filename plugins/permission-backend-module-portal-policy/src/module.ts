import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { PortalPermissionPolicy } from './PortalPermissionPolicy';

/**
 * Installs {@link PortalPermissionPolicy} as the permission backend's policy.
 *
 * @public
 */
export const permissionModulePortalPolicy = createBackendModule({
  pluginId: 'permission',
  moduleId: 'portal-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint, config: coreServices.rootConfig },
      async init({ policy, config }) {
        const architectGroups = config.getOptionalStringArray(
          'permission.architectGroups',
        ) ?? ['group:default/architects'];
        policy.setPolicy(
          new PortalPermissionPolicy({
            architectGroups,
            adrReviewerGroups:
              config.getOptionalStringArray('permission.adrReviewerGroups') ??
              architectGroups,
            templateOwnerGroups:
              config.getOptionalStringArray('permission.templateOwnerGroups') ??
              architectGroups,
          }),
        );
      },
    });
  },
});
