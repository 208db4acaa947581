import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { parseEntityRef } from '@backstage/catalog-model';

/**
 * Default-deny policy of the portal.
 *
 * - Anyone signed in may read.
 * - Every other action (registering locations, running templates, deleting
 *   entities, …) needs a signed-in user who belongs to at least one group.
 * - A caller that is not a signed-in user is denied.
 *
 * @public
 */
export class PortalPermissionPolicy implements PermissionPolicy {
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
