import {
  AuthorizeResult,
  PolicyDecision,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { parseEntityRef } from '@backstage/catalog-model';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import {
  catalogEntityDeletePermission,
  catalogEntityRefreshPermission,
  catalogIngestionManagePermission,
  catalogLocationDeletePermission,
} from '@backstage/plugin-catalog-common/alpha';
import {
  taskCancelPermission,
  taskReadPermission,
  templateDryRunPermission,
  templateManagementPermission,
} from '@backstage/plugin-scaffolder-common/alpha';
import {
  createScaffolderTaskConditionalDecision,
  scaffolderTaskConditions,
} from '@backstage/plugin-scaffolder-backend/alpha';
import {
  adrRecordCreatePermission,
  adrReviewPermission,
} from '@internal/plugin-adr-common';
import { componentChangePermission } from '@internal/plugin-golden-path-common';
import {
  fitnessRescanPermission,
  fitnessWaiverManagePermission,
} from '@internal/plugin-fitness-common';

const ALLOW: PolicyDecision = { result: AuthorizeResult.ALLOW };
const DENY: PolicyDecision = { result: AuthorizeResult.DENY };

/**
 * Default-deny policy of the portal.
 *
 * - Anyone signed in may read, except a scaffolder task: its creator or an
 *   architect (reading is what a retry is checked against).
 * - Deleting or refreshing an entity needs an owner of it or an architect;
 *   unregistering a location (it names no entity) and managing ingestion
 *   need an architect.
 * - Dry-running and editing templates need a member of a group that owns
 *   the templates, or an architect; cancelling a task, its creator or an
 *   architect.
 * - Reviewing (accepting or rejecting) an ADR needs a member of one of the
 *   reviewer groups.
 * - Managing fitness waivers needs an architect; asking for a fitness
 *   rescan, an architect or an owner of the entity.
 * - Writing into a component's repository (a runbook, a design document)
 *   needs an owner of the component; adding an ADR to it, an owner or an
 *   architect.
 * - Every other action (registering locations, running templates, …) needs
 *   a signed-in user who belongs to at least one group.
 * - A caller that is not a signed-in user is denied.
 *
 * @public
 */
export class PortalPermissionPolicy implements PermissionPolicy {
  constructor(
    private readonly options: {
      adrReviewerGroups: string[];
      architectGroups: string[];
      templateOwnerGroups: string[];
    },
  ) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    if (!user) {
      return DENY;
    }
    const { permission } = request;
    const memberOf = (groups: string[]) =>
      user.info.ownershipEntityRefs.some(ref => groups.includes(ref));
    const architect = memberOf(this.options.architectGroups);
    const taskCreators = (taskPermission: typeof taskCancelPermission) =>
      architect
        ? ALLOW
        : createScaffolderTaskConditionalDecision(
            taskPermission,
            scaffolderTaskConditions.isTaskOwner({
              createdBy: [user.info.userEntityRef],
            }),
          );
    // Reading a task is what the scaffolder checks to retry it, and a retry
    // runs the task again as the user who created it.
    if (permission.name === taskReadPermission.name) {
      return taskCreators(taskReadPermission);
    }
    if (permission.attributes.action === 'read') {
      return ALLOW;
    }
    const allowIf = (allowed: boolean) => (allowed ? ALLOW : DENY);
    const ownersOrArchitects = (owned: () => PolicyDecision) =>
      architect ? ALLOW : owned();
    const entityOwners = () =>
      createCatalogConditionalDecision(
        permission as ResourcePermission<'catalog-entity'>,
        catalogConditions.isEntityOwner({
          claims: user.info.ownershipEntityRefs,
        }),
      );

    switch (permission.name) {
      case adrReviewPermission.name:
        return allowIf(memberOf(this.options.adrReviewerGroups));
      case fitnessWaiverManagePermission.name:
      case catalogLocationDeletePermission.name:
      case catalogIngestionManagePermission.name:
        return allowIf(architect);
      case templateDryRunPermission.name:
      case templateManagementPermission.name:
        return allowIf(architect || memberOf(this.options.templateOwnerGroups));
      case catalogEntityDeletePermission.name:
      case catalogEntityRefreshPermission.name:
      case fitnessRescanPermission.name:
      case adrRecordCreatePermission.name:
        return ownersOrArchitects(entityOwners);
      case componentChangePermission.name:
        return entityOwners();
      case taskCancelPermission.name:
        return taskCreators(taskCancelPermission);
      default:
        return allowIf(belongsToAGroup(user));
    }
  }
}

function belongsToAGroup(user: PolicyQueryUser): boolean {
  return user.info.ownershipEntityRefs.some(ref => {
    try {
      return parseEntityRef(ref).kind.toLocaleLowerCase('en-US') === 'group';
    } catch {
      return false;
    }
  });
}
