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
import { adrReviewPermission } from '@internal/plugin-adr-common';

/**
 * Default-deny policy of the portal.
 *
 * - Anyone signed in may read.
 * - Every other action (registering locations, running templates, deleting
 *   entities, …) needs a signed-in user who belongs to at least one group.
 * - Reviewing (accepting or rejecting) an ADR needs a member of one of the
 *   reviewer groups (the architects).
 * - A caller that is not a signed-in user is denied.
 *
 * @public
 */
export class PortalPermissionPolicy implements PermissionPolicy {
  constructor(private readonly options: { adrReviewerGroups: string[] }) {}

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
    if (request.permission.name === adrReviewPermission.name) {
      const reviewer = user.info.ownershipEntityRefs.some(ref =>
        this.options.adrReviewerGroups.includes(ref),
      );
      return {
        result: reviewer ? AuthorizeResult.ALLOW : AuthorizeResult.DENY,
      };
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
