import { createPermission } from '@backstage/plugin-permission-common';

/** Reading the organisation-wide ADR index. */
export const adrIndexReadPermission = createPermission({
  name: 'adr.index.read',
  attributes: { action: 'read' },
});

/** Accepting or rejecting a proposed ADR; the policy gives it to architects. */
export const adrReviewPermission = createPermission({
  name: 'adr.review',
  attributes: { action: 'update' },
});

export const adrPermissions = [adrIndexReadPermission, adrReviewPermission];
