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
  adrRecordCreatePermission,
  adrReviewPermission,
} from '@internal/plugin-adr-common';
import { componentChangePermission } from '@internal/plugin-golden-path-common';
import {
  fitnessRescanPermission,
  fitnessWaiverManagePermission,
} from '@internal/plugin-fitness-common';

/**
 * Default-deny policy of the portal.
 *
 * - Anyone signed in may read.
 * - Every other action (registering locations, running templates, deleting
 *   entities, …) needs a signed-in user who belongs to at least one group.
 * - Reviewing (accepting or rejecting) an ADR needs a member of one of the
 *   reviewer groups (the architects).
 * - Managing fitness waivers needs an architect; asking for a fitness
 *   rescan needs an architect or an owner of the entity.
 * - Writing into a component's repository (a runbook, a design document)
 *   needs an owner of the component; adding an ADR to it, an owner or an
 *   architect.
 * - A caller that is not a signed-in user is denied.
 *
 * @public
 */
export class PortalPermissionPolicy implements PermissionPolicy {
  constructor(
    private readonly options: {
      adrReviewerGroups: string[];
      architectGroups: string[];
    },
  ) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    if (!user) {
      return { result: AuthorizeResult.DENY };
    }
    if (request.permission.attributes.action === 'read') {
      return { result: AuthorizeResult.ALLOW };
    }
    const memberOf = (groups: string[]) =>
      user.info.ownershipEntityRefs.some(ref => groups.includes(ref));
    const architect = memberOf(this.options.architectGroups);
    if (request.permission.name === adrReviewPermission.name) {
      return {
        result: memberOf(this.options.adrReviewerGroups)
          ? AuthorizeResult.ALLOW
          : AuthorizeResult.DENY,
      };
    }
    if (request.permission.name === fitnessWaiverManagePermission.name) {
      return {
        result: architect ? AuthorizeResult.ALLOW : AuthorizeResult.DENY,
      };
    }
    const ownersOnly = (permission: ResourcePermission<'catalog-entity'>) =>
      createCatalogConditionalDecision(
        permission,
        catalogConditions.isEntityOwner({
          claims: user.info.ownershipEntityRefs,
        }),
      );
    if (
      request.permission.name === fitnessRescanPermission.name ||
      request.permission.name === adrRecordCreatePermission.name
    ) {
      return architect
        ? { result: AuthorizeResult.ALLOW }
        : ownersOnly(
            request.permission as ResourcePermission<'catalog-entity'>,
          );
    }
    if (request.permission.name === componentChangePermission.name) {
      return ownersOnly(componentChangePermission);
    }
    return {
      result: belongsToAGroup(user)
        ? AuthorizeResult.ALLOW
        : AuthorizeResult.DENY,
    };
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
