import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  AuthorizeResult,
  BasicPermission,
} from '@backstage/plugin-permission-common';
import { ReadCache } from '@internal/read-cache';

/**
 * The policy's answers to a principal's reads (basic permissions), kept for
 * `ttlMs`: the organisation pages are polled, and each answer is a round trip
 * to the permission backend. A changed policy or membership shows within the
 * TTL. Never use it for writes.
 */
export class ReadDecisions {
  private readonly decisions: ReadCache;

  constructor(private readonly permissions: PermissionsService, ttlMs = 5_000) {
    this.decisions = new ReadCache(ttlMs, 5_000);
  }

  /** Whether the caller may read under `permission`. */
  async allows(
    permission: BasicPermission,
    credentials: BackstageCredentials,
  ): Promise<boolean> {
    const { principal } = credentials as BackstageCredentials<
      | { type: 'user'; userEntityRef: string }
      | { type: 'service'; subject: string }
    >;
    const who =
      principal.type === 'user'
        ? `user:${principal.userEntityRef}`
        : `service:${principal.subject}`;
    const result = await this.decisions.get(
      `${permission.name}|${who}`,
      async () => {
        const [decision] = await this.permissions.authorize([{ permission }], {
          credentials,
        });
        return decision.result;
      },
    );
    return result === AuthorizeResult.ALLOW;
  }
}
